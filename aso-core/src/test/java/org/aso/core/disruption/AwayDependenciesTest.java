package org.aso.core.disruption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The absence and the handover read the aggregates; no aggregate reads them. */
class AwayDependenciesTest {
    private static final ArchRule AGGREGATES_IGNORE_DISRUPTION = noClasses().that()
            .resideInAnyPackage("org.aso.core.kernel..", "org.aso.core.numbering..", "org.aso.core.correspondence..",
                    "org.aso.core.dossier..", "org.aso.core.agenda..", "org.aso.core.priority..", "org.aso.core.audit..")
            .should().dependOnClassesThat().resideInAPackage("org.aso.core.disruption..");

    @Test
    void no_aggregate_depends_on_the_disruption_package() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.aso.core");
        assertThat(core.containPackage("org.aso.core.disruption")).isTrue();
        AGGREGATES_IGNORE_DISRUPTION.check(core);
    }

    @Test
    void the_rule_can_fail() {
        // the handover's own classes do depend on it: the same rule over them reports a violation
        JavaClasses disruption = new ClassFileImporter().importClasses(Handover.class, HandoverOutcome.class);
        assertThat(noClasses().should().dependOnClassesThat().resideInAPackage("org.aso.core.disruption..")
                .allowEmptyShould(true).evaluate(disruption).hasViolation()).isTrue();
    }
}
