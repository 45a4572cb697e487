package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every public type of aso-core's exported packages either has a JSON form or is listed with the reason it has none. */
class CatalogueTest {

    @Test
    void every_public_type_of_core_is_catalogued_or_said_not_to_be_a_value() {
        List<String> neither = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (Class<?> c : CoreTypes.publicTypes()) {
            boolean value = JsonTypes.all().contains(c);
            boolean not = JsonTypes.notValues().containsKey(c);
            if (!value && !not) {
                neither.add(c.getName());
            }
            if (value && not) {
                both.add(c.getName());
            }
        }
        assertThat(neither).as("public types neither in JsonTypes.all() nor in notValues()").isEmpty();
        assertThat(both).as("public types both in JsonTypes.all() and in notValues()").isEmpty();
        assertThat(CoreTypes.publicTypes()).hasSizeGreaterThan(250);
    }

    @Test
    void every_catalogued_type_has_a_form_readable_unless_written_only() {
        List<String> wrong = new ArrayList<>();
        for (Class<?> c : JsonTypes.all()) {
            try {
                Shape s = Shapes.of(c);
                if (s.readable() == JsonTypes.writeOnly().contains(c)) {
                    wrong.add(c.getName() + (s.readable() ? " is readable" : " cannot be read"));
                }
            } catch (IllegalArgumentException e) {
                wrong.add(c.getName() + ": " + e.getMessage());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void types_without_a_form_are_refused_with_their_reason() {
        for (Class<?> c : JsonTypes.notValues().keySet()) {
            assertThat(Shapes.supports(c)).as(c.getName()).isFalse();
        }
        assertThat(JsonTypes.notValues().get(org.aso.core.correspondence.Register.class)).contains("aggregate");
        assertThat(JsonTypes.notValues()).containsKey(org.aso.core.agenda.Room.Builder.class);
    }

    @Test
    void families_snapshots_ids_and_written_only_types_are_in_the_catalogue() {
        Set<Class<?>> all = JsonTypes.all();
        assertThat(all).containsAll(JsonTypes.eventFamilies()).containsAll(JsonTypes.snapshots())
                .containsAll(JsonTypes.identifiers()).containsAll(JsonTypes.writeOnly());
        for (Class<?> family : JsonTypes.eventFamilies()) {
            assertThat(family.isSealed()).as(family.getName()).isTrue();
            assertThat(all).contains(family.getPermittedSubclasses());
        }
        for (Class<?> c : CoreTypes.publicTypes()) {
            if (org.aso.core.kernel.Identifier.class.isAssignableFrom(c) && c != org.aso.core.kernel.Identifier.class) {
                assertThat(JsonTypes.identifiers()).as("ids").contains(c);
            }
        }
    }
}
