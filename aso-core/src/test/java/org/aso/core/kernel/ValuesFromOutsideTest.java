package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Values a host builds from outside data: builders throw, {@code validate()} returns every problem. */
class ValuesFromOutsideTest {

    @Test
    void contact_nameWithNul_isAProblemOnTheDataPath_andAnExceptionOnTheProgrammersPath() {
        Contact.Builder b = Contact.builder().name("Jean\u0000Dupont").organisation("Mairie\nde Lyon");
        assertThat(b.validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.text.control-character", "kernel.text.line-break");
        assertThat(b.validate().getLeft()).extracting(p -> p.details().get("field")).containsExactly("name", "organisation");
        assertThatThrownBy(() -> Contact.builder().name("Jean\u0000Dupont").build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void contact_blankName_isMissing_andAGoodOneIsBuilt() {
        assertThat(Contact.builder().name(" ").validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.contact.missing-name");
        Contact c = Contact.builder().name("Jean Dupont").postalAddress("1 place de la Comédie\n69001 Lyon").validate().get();
        assertThat(c.displayName()).isEqualTo("Jean Dupont");
        assertThat(Contact.builder().name("Jean Dupont").postalAddress("1 place\r\n69001 Lyon").validate().getLeft())
                .extracting(Problem::code).containsExactly("kernel.text.line-break");
        assertThat(Contact.builder().name("M. \u202Etnaveirg").validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.text.bidi-control");
    }

    @Test
    void person_nameOrTitleBreakingTheTextRules_isAProblem() {
        Person.Builder b = Person.builder().id(PersonId.of("p-1")).name("Claire\u001B[2J").title("Head \uD800");
        assertThat(b.validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.text.control-character", "kernel.text.malformed");
        assertThat(Person.builder().id(PersonId.of("p-1")).name("").validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.person.missing-name");
        assertThatThrownBy(() -> Person.builder().id(PersonId.of("p-1")).name("Claire\u0000").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Person.builder().id(PersonId.of("p-1")).name("Claire Martin").validate().get().name()).isEqualTo("Claire Martin");
    }

    @Test
    void orgUnit_badCodeNameOrParent_isEveryProblemAtOnce() {
        OrgUnit.Builder b = OrgUnit.builder().id(OrgUnitId.of("S2")).code(" S2").name("Section\u00002").parent(OrgUnitId.of("S2"));
        assertThat(b.validate().getLeft()).extracting(Problem::code)
                .containsExactly("kernel.unit.bad-code", "kernel.text.control-character", "kernel.unit.own-parent");
        assertThat(OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").validate().isRight()).isTrue();
    }

    @Test
    void validate_aRequiredAttributeNotSet_isStillTheProgrammersError() {
        assertThatThrownBy(() -> Person.builder().name("Claire").validate()).isInstanceOf(IllegalStateException.class);
    }
}
