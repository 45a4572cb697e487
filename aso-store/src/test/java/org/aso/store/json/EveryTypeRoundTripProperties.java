package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/**
 * Value -> JSON -> value is the identity for every readable type of the catalogue; the written-only
 * types write. Values come from real histories, core's fixtures and values made in code ({@link Samples}).
 */
class EveryTypeRoundTripProperties {
    private static final AsoJson JSON = AsoJson.create();
    private static final Map<Class<?>, List<Object>> SAMPLES = Samples.collect(Samples.roots(300));

    /** A value and the type it is read as. */
    record Sample(Class<?> type, Object value) {}

    @Provide
    Arbitrary<Sample> samples() {
        List<Sample> all = new ArrayList<>();
        SAMPLES.forEach((type, values) -> values.forEach(v -> all.add(new Sample(type, v))));
        return Arbitraries.of(all);
    }

    @Property(tries = 2000)
    void a_value_reads_back_equal_as_its_type(@ForAll("samples") Sample s) {
        String json = JSON.write(s.value());
        if (JsonTypes.writeOnly().contains(s.type())) {
            assertThat(JSON.read(json, s.type()).getLeft().code()).isEqualTo("json.type.unknown");
            return;
        }
        Either<Problem, ?> back = JSON.read(json, s.type());
        assertThat(back.isRight()).as("%s as %s: %s", json, s.type(), back).isTrue();
        if (WITHOUT_VALUE_EQUALITY.contains(s.type())) { // compared by their forms
            assertThat(back.get()).isInstanceOf(s.type());
        } else {
            assertThat(back.get()).isEqualTo(s.value());
        }
        assertThat(JSON.write(back.get())).isEqualTo(json);
    }

    /** Catalogued classes that keep Object's equals: their values are compared by what they write. */
    static final java.util.Set<Class<?>> WITHOUT_VALUE_EQUALITY = java.util.Set.of(org.aso.core.priority.TeamLoad.class);

    @Test
    void the_classes_compared_by_their_form_are_exactly_those_without_value_equality() throws Exception {
        java.util.Set<Class<?>> without = new java.util.HashSet<>();
        for (Class<?> c : JsonTypes.all()) {
            // (an abstract Immutables type gets its equals in the generated class)
            if (!java.lang.reflect.Modifier.isAbstract(c.getModifiers()) && !c.isEnum()
                    && !JsonTypes.writeOnly().contains(c)
                    && c.getMethod("equals", Object.class).getDeclaringClass() == Object.class) {
                without.add(c);
            }
        }
        assertThat(without).isEqualTo(WITHOUT_VALUE_EQUALITY);
    }

    @Test
    void every_readable_catalogued_type_has_samples() {
        TreeSet<String> missing = new TreeSet<>();
        for (Class<?> c : JsonTypes.all()) {
            boolean abstractFamily = c.isInterface() && c.isSealed();
            if (!JsonTypes.writeOnly().contains(c) && !abstractFamily && c != org.aso.core.kernel.Identifier.class
                    && !SAMPLES.containsKey(c)) {
                missing.add(c.getName());
            }
        }
        assertThat(missing).isEmpty();
    }
}
