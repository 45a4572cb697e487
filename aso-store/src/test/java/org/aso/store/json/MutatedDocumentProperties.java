package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document of an event, a snapshot or a value, mutated (a field dropped or given twice, a value of
 * another kind, a very long string, a huge number, truncated, nested 10,000 deep, a wrong type or
 * schema version) reads as a value or as a {@code Problem} with a {@code json.*} code and a path: never
 * an exception, and in bounded time.
 */
class MutatedDocumentProperties {
    private static final AsoJson JSON = AsoJson.create();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final String MARK = "\u0001mark";

    /** A document and the type it is read as. */
    record Doc(Class<?> type, String json) {}

    enum Mutation { DROP, DUPLICATE, KIND, LONG_STRING, HUGE_STRING, FLOAT_OVERFLOW, FORTY_DIGITS, FORTY_ONE_DIGITS,
        TRUNCATE, DEEP, WRONG_TYPE, LATER_VERSION, VERSION_AS_TEXT, NULL }

    @Provide
    Arbitrary<Doc> documents() {
        List<Doc> docs = new ArrayList<>();
        for (Object e : GoldenValues.events().values()) {
            docs.add(new Doc(EventAndSnapshotRoundTripProperties.family((DomainEvent) e), JSON.write(e)));
        }
        for (Map.Entry<Class<?>, Object> s : GoldenValues.snapshots().entrySet()) {
            docs.add(new Doc(s.getKey(), JSON.write(s.getValue())));
        }
        Samples.collect(Samples.fixtures()).forEach((type, values) -> {
            if (!JsonTypes.writeOnly().contains(type)) {
                docs.add(new Doc(type, JSON.write(values.get(0))));
            }
        });
        return Arbitraries.of(docs);
    }

    @Property(tries = 2000)
    void a_mutated_document_gives_a_value_or_a_json_problem_with_a_path(@ForAll("documents") Doc doc,
            @ForAll Mutation mutation, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        String mutated = mutate(doc.json(), mutation, pick);
        Either<Problem, ?> read = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> JSON.read(mutated, doc.type()));
        net.jqwik.api.statistics.Statistics.collect(read.isLeft() ? read.getLeft().code() : "a value");
        if (read.isLeft()) {
            assertThat(read.getLeft().code()).startsWith("json.");
            assertThat(read.getLeft().detail("path")).as("%s", read.getLeft()).isPresent();
        } else {
            assertThat(read.get()).isInstanceOf(doc.type());
            assertThat(JSON.write(read.get())).isNotBlank();
        }
    }

    static String mutate(String json, Mutation m, int pick) {
        if (m == Mutation.TRUNCATE) {
            return json.substring(0, pick % json.length());
        }
        JsonNode root = PLAIN.readTree(json);
        List<Place> places = new ArrayList<>();
        collect(root, null, null, -1, places);
        if (places.isEmpty()) {
            return json;
        }
        Place p = places.get(pick % places.size());
        JsonNodeFactory f = JsonNodeFactory.instance;
        String raw = null;
        switch (m) {
            case DROP:
                if (p.parent instanceof ObjectNode o) {
                    o.remove(p.name);
                } else if (p.parent instanceof ArrayNode a) {
                    a.remove(p.index);
                }
                break;
            case DUPLICATE:
                if (p.parent instanceof ObjectNode o) {
                    o.set(MARK, p.node.deepCopy());
                    return PLAIN.writeValueAsString(root).replace("\"\\u0001mark\"", PLAIN.writeValueAsString(p.name));
                }
                break;
            case KIND:
                p.set(p.node.isString() ? f.numberNode(7) : p.node.isNumber() ? f.stringNode("7")
                        : p.node.isObject() ? f.arrayNode() : p.node.isArray() ? f.objectNode() : f.stringNode("x"));
                break;
            case LONG_STRING:
                p.set(f.stringNode("x".repeat(100_000)));
                break;
            case HUGE_STRING:
                p.set(f.stringNode("x".repeat(2 << 20)));
                break;
            case FLOAT_OVERFLOW:
                raw = "1e400";
                break;
            case FORTY_DIGITS:
                raw = "9".repeat(40);
                break;
            case FORTY_ONE_DIGITS:
                raw = "9".repeat(41);
                break;
            case DEEP:
                raw = "[".repeat(10_000) + "]".repeat(10_000);
                break;
            case WRONG_TYPE:
                if (root instanceof ObjectNode o && o.has("type")) {
                    o.put("type", "Unheard");
                } else {
                    p.set(f.stringNode("Unheard"));
                }
                break;
            case LATER_VERSION:
                if (root instanceof ObjectNode o && o.has("schemaVersion")) {
                    o.put("schemaVersion", 99);
                }
                break;
            case VERSION_AS_TEXT:
                if (root instanceof ObjectNode o && o.has("schemaVersion")) {
                    o.put("schemaVersion", "1");
                }
                break;
            default:
                p.set(f.nullNode());
        }
        if (raw != null) {
            p.set(f.stringNode(MARK));
            return PLAIN.writeValueAsString(root).replace("\"\\u0001mark\"", raw);
        }
        return PLAIN.writeValueAsString(root);
    }

    /** A value in a document and where it is. */
    record Place(JsonNode node, JsonNode parent, String name, int index) {
        void set(JsonNode value) {
            if (parent instanceof ObjectNode o) {
                o.set(name, value);
            } else if (parent instanceof ArrayNode a) {
                a.set(index, value);
            }
        }
    }

    private static void collect(JsonNode node, JsonNode parent, String name, int index, List<Place> out) {
        if (parent != null) {
            out.add(new Place(node, parent, name, index));
        }
        if (node instanceof ObjectNode o) {
            for (Map.Entry<String, JsonNode> e : o.properties()) {
                collect(e.getValue(), o, e.getKey(), -1, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                collect(a.get(i), a, null, i, out);
            }
        }
    }
}
