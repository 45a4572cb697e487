package org.aso.core.kernel;

import org.aso.core.fixtures.KernelFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KernelValuesTest {

    @Test
    void problem_keepsCodeMessageAndOrderedDetails() {
        Problem p = Problem.of("kernel.test.example", "Something is wrong").with("b", 2).with("a", "x");
        assertThat(p.code()).isEqualTo("kernel.test.example");
        assertThat(p.details()).containsExactly(java.util.Map.entry("b", "2"), java.util.Map.entry("a", "x"));
        assertThat(p.detail("a")).contains("x");
        assertThat(p.toString()).isEqualTo("kernel.test.example: Something is wrong {b=2, a=x}");
    }

    @Test
    void problem_rejectsUnstableCodes() {
        assertThatThrownBy(() -> Problem.of("NotDotted", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of("Kernel.Upper", "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.of("kernel.ok", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ids_ofDifferentTypes_neverEqualAndOrderDeterministically() {
        assertThat(PersonId.of("x")).isEqualTo(PersonId.of("x")).isNotEqualTo(OrgUnitId.of("x"));
        assertThat(List.of(PersonId.of("b"), OrgUnitId.of("z"), PersonId.of("a")).stream().sorted().toList())
                .containsExactly(OrgUnitId.of("z"), PersonId.of("a"), PersonId.of("b"));
        assertThat(PersonId.of("p-1").toString()).isEqualTo("p-1");
    }

    @Test
    void ids_mustBeTrimmedAndNonBlank() {
        assertThatThrownBy(() -> PersonId.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonId.of(" p")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonId.of("p\n1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PersonId.of("x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clearance_permitsLevelsAndCompartments() {
        Clearance c = Clearance.of(Confidentiality.CONFIDENTIAL).withCompartments(Set.of("PERSONNEL"));
        assertThat(c.permits(Confidentiality.RESTRICTED)).isTrue();
        assertThat(c.permits(Confidentiality.SECRET)).isFalse();
        assertThat(c.permits(Confidentiality.CONFIDENTIAL, Set.of("PERSONNEL"))).isTrue();
        assertThat(c.permits(Confidentiality.CONFIDENTIAL, Set.of("COURT-CASES"))).isFalse();
        assertThat(Clearance.none().permits(Confidentiality.PUBLIC)).isTrue();
        assertThat(Confidentiality.SECRET.isClassified()).isTrue();
        assertThat(Confidentiality.RESTRICTED.isClassified()).isFalse();
    }

    @Test
    void clearance_compartmentNames_mustBeTrimmedAndNonBlank() {
        for (String bad : new String[] {" PERSONNEL", "PERSONNEL ", " ", ""}) {
            assertThatThrownBy(() -> Clearance.of(Confidentiality.SECRET).withCompartments(Set.of(bad)))
                    .as("'%s'", bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void contact_everyOptionalTextFollowsTheTextRules() {
        assertThat(Contact.builder().name("Jean Dupont").role("Maire\u0000").validate().getLeft())
                .extracting(p -> p.details().get("field")).containsExactly("role");
        assertThat(Contact.builder().name("Jean Dupont").organisation("Mairie").role("Maire").validate().get().role())
                .contains("Maire");
    }

    @Test
    void domainEvent_thatStatesNoSchemaVersion_isAtVersion1() {
        DomainEvent e = new DomainEvent() {
            @Override public Instant at() { return Instant.EPOCH; }
            @Override public PersonId actor() { return PersonId.of("p-1"); }
            @Override public String action() { return "test.happened"; }
            @Override public Identifier subject() { return PersonId.of("p-2"); }
            @Override public java.util.Map<String, String> details() { return java.util.Map.of(); }
        };
        assertThat(e.schemaVersion()).isEqualTo(1);
    }

    @Test
    void person_defaultsToNoClearanceAndCopiesWithUnit() {
        Person p = Person.builder().id(PersonId.of("p-1")).name("Ana").build();
        assertThat(p.clearance()).isEqualTo(Clearance.none());
        assertThat(p.withUnit(OrgUnitId.of("S1")).unit()).contains(OrgUnitId.of("S1"));
        assertThatThrownBy(() -> Person.builder().id(PersonId.of("p-2")).name(" ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void context_takesTheInstantFromTheHostsClock() {
        Instant fixed = Instant.parse("2026-03-02T08:00:00Z");
        Person officer = KernelFixtures.officer();
        Context ctx = Context.at(Clock.fixed(fixed, ZoneOffset.UTC), officer);
        assertThat(ctx.at()).isEqualTo(fixed);
        assertThat(ctx.actor()).isEqualTo(officer.id());
        assertThat(ctx.clearance()).isEqualTo(officer.clearance());
        assertThat(ctx.withInstant(fixed.plusSeconds(60)).at()).isEqualTo(fixed.plusSeconds(60));
    }
}
