package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed JSON of one value of every event record and every snapshot type
 * ({@code src/test/resources/golden/<Family>/<Record>.json}, {@code golden/snapshot/<Type>.json}) reads
 * to the value made in code ({@link GoldenValues}), and the value writes as the file: a change to
 * aso-core or to the form that would stop stored events from being read fails here.
 *
 * <p>Run with {@code -Dgolden.write=true} to write the files that are missing (never to replace one:
 * a changed form is a new schema version, and old files stay).
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final AsoJson JSON = AsoJson.create();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void every_event_record_of_every_family_has_a_golden_file_and_a_value() {
        List<String> missing = new ArrayList<>();
        Map<Class<?>, Object> values = GoldenValues.events();
        for (Class<?> family : JsonTypes.eventFamilies()) {
            for (Class<?> record : family.getPermittedSubclasses()) {
                if (JsonTypes.eventFamilies().contains(record)) {
                    continue; // a family within the family has files of its own
                }
                if (!Files.isRegularFile(file(family, record))) {
                    missing.add(GOLDEN.relativize(file(family, record)).toString());
                }
                if (!values.containsKey(record)) {
                    missing.add("a value of " + Shape.name(record) + " in GoldenValues");
                }
            }
        }
        assertThat(missing).as("golden files and values missing").isEmpty();
    }

    @Test
    void every_snapshot_type_has_a_golden_file_and_a_value() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : JsonTypes.snapshots()) {
            if (!Files.isRegularFile(file(null, type))) {
                missing.add(GOLDEN.relativize(file(null, type)).toString());
            }
        }
        assertThat(missing).as("golden files missing").isEmpty();
        assertThat(GoldenValues.snapshots().keySet()).containsExactlyInAnyOrderElementsOf(JsonTypes.snapshots());
    }

    @TestFactory
    List<DynamicTest> each_golden_event_reads_to_its_value_and_the_value_writes_as_the_file() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<Class<?>, Object> e : GoldenValues.events().entrySet()) {
            Class<?> family = EventAndSnapshotRoundTripProperties.family((org.aso.core.kernel.DomainEvent) e.getValue());
            tests.add(DynamicTest.dynamicTest(Shape.name(e.getKey()), () -> check(file(family, e.getKey()), family,
                    e.getValue())));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> each_golden_snapshot_reads_to_its_value_and_the_value_writes_as_the_file() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<Class<?>, Object> e : GoldenValues.snapshots().entrySet()) {
            tests.add(DynamicTest.dynamicTest(Shape.name(e.getKey()), () -> check(file(null, e.getKey()), e.getKey(),
                    e.getValue())));
        }
        return tests;
    }

    private static Path file(Class<?> family, Class<?> type) {
        return family == null ? GOLDEN.resolve("snapshot").resolve(type.getSimpleName() + ".json")
                : GOLDEN.resolve(family.getSimpleName()).resolve(type.getSimpleName() + ".json");
    }

    private static void check(Path file, Class<?> readAs, Object expected) throws IOException {
        String written = JSON.write(expected);
        if (!Files.exists(file) && Boolean.getBoolean("golden.write")) {
            Files.createDirectories(file.getParent());
            JsonNode tree = PLAIN.readTree(written);
            Files.writeString(file, PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n",
                    StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file").isRegularFile();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        // the file reads to the value
        Either<Problem, ?> read = JSON.read(text, readAs);
        assertThat(read.isRight()).as("%s reads: %s", file, read).isTrue();
        assertThat(read.get()).isEqualTo(expected);
        // and the value writes as the file, once both are written without spaces
        assertThat(written).isEqualTo(PLAIN.writeValueAsString(PLAIN.readTree(text)));
    }
}
