package org.aso.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aso.core.architecture.fixture.LeaksAnInternalType;
import org.aso.core.architecture.fixture.ReadsTheClock;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rules of ARCHITECTURE.md (modules and the shape of core) that the compiler does not check. */
class ArchitectureTest {
    private static JavaClasses core;
    private static Set<String> exported;

    @BeforeAll
    static void importCore() throws Exception {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.aso.core");
        java.nio.file.Path classes = java.nio.file.Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = java.nio.file.Files.newInputStream(classes.resolve("module-info.class"))) {
            assertThat(in).as("module-info.class of aso-core").isNotNull();
            exported = ModuleDescriptor.read(in).exports().stream()
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        }
    }

    /** Reading the clock: any {@code now(...)} of java.time, System time, the system clocks, {@code new Date()}. */
    static final ArchRule NO_CLOCK_READS = noClasses().that().resideInAPackage("org.aso..")
            .should().callMethodWhere(DescribedPredicate.describe("a clock read", call -> {
                AccessTarget target = call.getTarget();
                String owner = target.getOwner().getName();
                String name = target.getName();
                return owner.startsWith("java.time.") && name.equals("now")
                        || owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                        || owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.equals("java.time.InstantSource") && name.equals("system");
            }))
            .orShould().callConstructorWhere(DescribedPredicate.describe("new Date()", call ->
                    call.getTarget().getOwner().getName().equals("java.util.Date")
                            && call.getTarget().getRawParameterTypes().isEmpty()));

    static final ArchRule NO_ADAPTER_LIBRARIES = noClasses().that().resideInAPackage("org.aso.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "net.fortuna..", "jakarta.mail..", "javax.mail..", "org.eclipse.angus..",
                    "org.apache.lucene..", "org.slf4j..", "java.util.logging..", "org.apache.logging..",
                    "java.lang.System$Logger");

    static ArchRule exportedSignaturesMentionNoInternalType(Predicate<String> isExportedPackage) {
        return classes().that(DescribedPredicate.describe("are public in an exported package",
                        (JavaClass c) -> c.getModifiers().contains(JavaModifier.PUBLIC)
                                && isExportedPackage.test(c.getPackageName())))
                .should(new ArchCondition<>("mention no internal type, and of Vavr only Either, in a public signature") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        Stream<JavaClass> supertypes = Stream.concat(
                                c.getRawSuperclass().stream(), c.getRawInterfaces().stream());
                        supertypes.filter(ArchitectureTest::isInternal).forEach(t -> events.add(
                                SimpleConditionEvent.violated(c, c.getName() + " extends internal " + t.getName())));
                        for (JavaMember m : c.getMembers()) {
                            Set<JavaModifier> mods = m.getModifiers();
                            if (!mods.contains(JavaModifier.PUBLIC) && !mods.contains(JavaModifier.PROTECTED)) {
                                continue;
                            }
                            if (mods.contains(JavaModifier.SYNTHETIC) || mods.contains(JavaModifier.BRIDGE)) {
                                continue;
                            }
                            m.getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isInternal).forEach(t ->
                                    events.add(SimpleConditionEvent.violated(m,
                                            m.getFullName() + " mentions internal " + t.getName())));
                            m.getAllInvolvedRawTypes().stream().filter(ArchitectureTest::isVavrButNotEither).forEach(t ->
                                    events.add(SimpleConditionEvent.violated(m,
                                            m.getFullName() + " mentions Vavr's " + t.getName()
                                                    + " (only Either may appear in the API)")));
                        }
                    }
                });
    }

    private static boolean isVavrButNotEither(JavaClass c) {
        return c.getPackageName().startsWith("io.vavr") && !c.getName().equals("io.vavr.control.Either");
    }

    private static boolean isInternal(JavaClass c) {
        return c.getPackageName().startsWith("org.aso.") && c.getPackageName().contains(".internal");
    }

    @Test
    void core_readsNoClock() {
        NO_CLOCK_READS.check(core);
    }

    @Test
    void core_importsNoAdapterLibraryNorLogging() {
        NO_ADAPTER_LIBRARIES.check(core);
    }

    @Test
    void exportedSignatures_mentionNoInternalType() {
        assertThat(exported).contains("org.aso.core.kernel").noneMatch(p -> p.contains(".internal"));
        exportedSignaturesMentionNoInternalType(exported::contains).check(core);
    }

    @Test
    void booking_knowsNothingOfSlotFinding() {
        // the slot engine reads agendas through their public API; agenda itself never names a slot type
        noClasses().that().resideInAPackage("org.aso.core.agenda")
                .should().dependOnClassesThat().resideInAPackage("org.aso.core.agenda.slots")
                .check(core);
        assertThat(exported).contains("org.aso.core.agenda", "org.aso.core.agenda.slots");
    }

    @Test
    void aggregates_knowNothingOfOutOfServiceHandling() {
        // disruption reads the aggregates through their public API; none of them names a disruption type
        noClasses().that().resideInAnyPackage("org.aso.core.kernel..", "org.aso.core.agenda..", "org.aso.core.correspondence..",
                        "org.aso.core.dossier..", "org.aso.core.priority..", "org.aso.core.audit..", "org.aso.core.numbering..")
                .should().dependOnClassesThat().resideInAPackage("org.aso.core.disruption..")
                .check(core);
        assertThat(exported).contains("org.aso.core.disruption");
    }

    @Test
    void rules_doCatchViolations() {
        // the rules above must be able to fail: they do on fixtures written to break them
        JavaClasses bad = new ClassFileImporter().importClasses(ReadsTheClock.class, LeaksAnInternalType.class);
        EvaluationResult clock = NO_CLOCK_READS.evaluate(bad);
        assertThat(clock.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("Instant.now()"))
                .anyMatch(d -> d.contains("LocalDate.now()"))
                .anyMatch(d -> d.contains("System.currentTimeMillis()"));
        EvaluationResult leaks = exportedSignaturesMentionNoInternalType(
                p -> p.equals("org.aso.core.architecture.fixture")).evaluate(bad);
        assertThat(leaks.getFailureReport().getDetails()).hasSize(3)
                .anyMatch(d -> d.contains("helper() mentions internal org.aso.core.internal.IdStyle"))
                .anyMatch(d -> d.contains("helpers() mentions internal org.aso.core.internal.IdStyle"))
                .anyMatch(d -> d.contains("mentions Vavr's io.vavr.collection.Seq"));
    }

}
