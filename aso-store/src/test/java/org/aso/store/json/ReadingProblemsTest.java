package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSnapshot;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Each problem a read gives, with the exact place it names, and no value of the document in its message. */
class ReadingProblemsTest {
    private static final AsoJson JSON = AsoJson.create();
    private static final String ACK = "{\"type\":\"Acknowledged\",\"schemaVersion\":1,\"entry\":\"GEN/2026-A-000001\","
            + "\"register\":\"GEN\",\"number\":{\"text\":\"2026-A-000001\",\"series\":\"code=A|year=2026\","
            + "\"sequence\":1},\"at\":\"2026-03-02T09:00:00Z\",\"actor\":\"clerk\"}";

    private static Problem problem(String json, Class<?> type) {
        Either<Problem, ?> read = JSON.read(json, type);
        assertThat(read.isLeft()).as("refused: %s", read).isTrue();
        return read.getLeft();
    }

    private static void assertProblem(Problem p, String code, String path) {
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.detail("path")).contains(path);
        assertThat(p.message(Locale.FRENCH)).as("a French sentence").isNotEqualTo(p.message());
    }

    @Test
    void a_well_formed_event_reads() {
        assertThat(JSON.read(ACK, EntryEvent.class).get()).isInstanceOf(EntryEvent.Acknowledged.class);
    }

    @Test
    void a_truncated_document_is_json_syntax() {
        assertProblem(problem(ACK.substring(0, 60), EntryEvent.class), "json.syntax", "/entry");
    }

    @Test
    void trailing_content_is_json_syntax() {
        assertProblem(problem(ACK + " {}", EntryEvent.class), "json.syntax", "");
    }

    @Test
    void an_unknown_type_in_a_family_is_json_type_unknown_at_type() {
        Problem p = problem(ACK.replace("\"Acknowledged\"", "\"Approved\""), EntryEvent.class);
        assertProblem(p, "json.type.unknown", "/type");
        assertThat(p.detail("type")).contains("EntryEvent");
        assertThat(p.message()).doesNotContain("Approved");
    }

    @Test
    void a_type_of_another_family_is_json_type_unknown() {
        assertProblem(problem(ACK, DossierEvent.class), "json.type.unknown", "/type");
    }

    @Test
    void a_type_without_a_json_form_is_json_type_unknown_at_the_root() {
        Problem p = problem("{}", Register.class);
        assertProblem(p, "json.type.unknown", "");
        assertThat(p.detail("type")).contains("Register");
    }

    @Test
    void type_not_first_is_still_read() {
        String moved = "{\"schemaVersion\":1," + ACK.substring(1).replace("\"type\":\"Acknowledged\",\"schemaVersion\":1,", "")
                .replace("}}", "}") .replace("\"actor\":\"clerk\"}", "\"actor\":\"clerk\",\"type\":\"Acknowledged\"}");
        assertThat(JSON.read(moved, EntryEvent.class).get()).isEqualTo(JSON.read(ACK, EntryEvent.class).get());
    }

    @Test
    void a_missing_type_is_json_field_missing_at_type() {
        assertProblem(problem(ACK.replace("\"type\":\"Acknowledged\",", ""), EntryEvent.class), "json.field.missing",
                "/type");
    }

    @Test
    void a_missing_attribute_is_json_field_missing_at_its_place() {
        assertProblem(problem(ACK.replace(",\"actor\":\"clerk\"", ""), EntryEvent.class), "json.field.missing", "/actor");
        assertProblem(problem(ACK.replace("\"sequence\":1", "\"sequenze\":1"), EntryEvent.class), "json.field.unknown",
                "/number/sequenze");
    }

    @Test
    void an_event_without_schema_version_is_json_field_missing() {
        assertProblem(problem(ACK.replace("\"schemaVersion\":1,", ""), EntryEvent.class), "json.field.missing",
                "/schemaVersion");
    }

    @Test
    void a_later_schema_version_is_json_schema_unsupported() {
        assertProblem(problem(ACK.replace("\"schemaVersion\":1", "\"schemaVersion\":2"), EntryEvent.class),
                "json.schema.unsupported", "/schemaVersion");
        assertProblem(problem(ACK.replace("\"schemaVersion\":1", "\"schemaVersion\":0"), EntryEvent.class),
                "json.value.invalid", "/schemaVersion");
    }

    @Test
    void an_unknown_field_is_json_field_unknown() {
        assertProblem(problem(ACK.replace("\"actor\"", "\"colour\":\"red\",\"actor\""), EntryEvent.class),
                "json.field.unknown", "/colour");
    }

    @Test
    void a_field_given_twice_is_json_field_duplicate() {
        assertProblem(problem(ACK.replace("\"actor\":\"clerk\"", "\"actor\":\"clerk\",\"actor\":\"boss\""),
                EntryEvent.class), "json.field.duplicate", "/actor");
    }

    @Test
    void a_value_of_the_wrong_kind_is_json_value_invalid() {
        Problem p = problem(ACK.replace("\"actor\":\"clerk\"", "\"actor\":42"), EntryEvent.class);
        assertProblem(p, "json.value.invalid", "/actor");
        assertThat(p.detail("type")).contains("PersonId");
        assertProblem(problem(ACK.replace("\"sequence\":1", "\"sequence\":\"1\""), EntryEvent.class),
                "json.value.invalid", "/number/sequence");
        assertProblem(problem(ACK.replace("\"sequence\":1", "\"sequence\":null"), EntryEvent.class),
                "json.value.invalid", "/number/sequence");
        assertProblem(problem(ACK.replace("\"sequence\":1", "\"sequence\":1.5"), EntryEvent.class),
                "json.value.invalid", "/number/sequence");
    }

    @Test
    void a_bad_date_is_json_value_invalid_and_the_message_does_not_quote_it() {
        Problem p = problem(ACK.replace("2026-03-02T09:00:00Z", "yesterday at nine"), EntryEvent.class);
        assertProblem(p, "json.value.invalid", "/at");
        assertThat(p.toString()).doesNotContain("yesterday");
    }

    @Test
    void a_value_core_refuses_is_json_value_invalid_with_a_reason_without_the_value() {
        Problem p = problem(ACK.replace("\"actor\":\"clerk\"", "\"actor\":\" secret name \""), EntryEvent.class);
        assertProblem(p, "json.value.invalid", "/actor");
        assertThat(p.detail("reason")).isPresent();
        assertThat(p.toString()).doesNotContain("secret");
    }

    @Test
    void a_number_beyond_its_type_is_json_number_too_large() {
        assertProblem(problem(ACK.replace("\"sequence\":1", "\"sequence\":123456789012345678901234567890"),
                EntryEvent.class), "json.number.too-large", "/number/sequence");
        String volume = "{\"type\":\"VolumeStarted\",\"schemaVersion\":1,\"dossier\":\"d-1\",\"at\":\"2026-03-02T09:00:00Z\","
                + "\"actor\":\"p-17\",\"volume\":3000000000}";
        assertProblem(problem(volume, DossierEvent.class), "json.number.too-large", "/volume");
    }

    @Test
    void a_bad_place_deep_in_a_snapshot_is_named_by_its_pointer() {
        String snapshot = JSON.write(GoldenValues.snapshots().get(RegisterSnapshot.class));
        Problem p = problem(snapshot.replace("\"subject\":\"Demande de subvention\"", "\"subject\":42"),
                RegisterSnapshot.class);
        assertProblem(p, "json.value.invalid", "/entries/0/subject");
    }

    @Test
    void nesting_beyond_the_limit_is_json_limit_depth() {
        // a reader refuses an array where an object belongs at once, whatever follows
        assertProblem(problem("[".repeat(10_000) + "]".repeat(10_000), EntryEvent.class), "json.value.invalid", "");
        // where it must keep the document (the type not first), the parser's limit holds
        String deep = "{\"at\":" + "[".repeat(10_000) + "]".repeat(10_000) + ",\"type\":\"Acknowledged\"}";
        assertThat(problem(deep, EntryEvent.class).code()).isEqualTo("json.limit.depth");
        // and a snapshot deeper than a tight limit
        AsoJson shallow = AsoJson.create(new JsonLimits(1 << 20, 2, 1 << 20, 40, 50_000_000L));
        String snapshot = JSON.write(GoldenValues.snapshots().get(RegisterSnapshot.class));
        Problem p = shallow.read(snapshot, RegisterSnapshot.class).getLeft();
        assertProblem(p, "json.limit.depth", "/entries/0");
    }

    @Test
    void a_document_beyond_the_limits_is_json_limit_star() {
        AsoJson small = AsoJson.create(new JsonLimits(200, 64, 1 << 20, 40, 50_000_000L));
        assertThat(small.read(ACK + " ".repeat(100_000), EntryEvent.class).getLeft().code())
                .isEqualTo("json.limit.document");
        AsoJson shortStrings = AsoJson.create(new JsonLimits(1 << 20, 64, 10, 40, 50_000_000L));
        assertThat(shortStrings.read(ACK, EntryEvent.class).getLeft().code()).isEqualTo("json.limit.string");
        assertThat(JSON.read(ACK.replace("\"sequence\":1", "\"sequence\":1" + "0".repeat(40)), EntryEvent.class)
                .getLeft().code()).isEqualTo("json.limit.number");
        AsoJson fewElements = AsoJson.create(new JsonLimits(1 << 20, 64, 1 << 20, 40, 3));
        assertThat(fewElements.read(ACK, EntryEvent.class).getLeft().code()).isEqualTo("json.limit.elements");
    }

    @Test
    void a_failing_reader_is_json_io() {
        Reader failing = new Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        Problem p = JSON.read(failing, EntryEvent.class).getLeft();
        assertThat(p.code()).isEqualTo("json.io");
        assertThat(p.detail("path")).isPresent();
    }

    @Test
    void plain_values_read_too_and_a_type_without_a_form_is_refused() {
        assertThat(JSON.read("42", int.class).get()).isEqualTo(42);
        assertThat(JSON.read("\"PT1H\"", java.time.Duration.class).get()).isEqualTo(java.time.Duration.ofHours(1));
        assertProblem(problem("[]", java.util.List.class), "json.type.unknown", "");
        assertProblem(problem("{}", Object.class), "json.type.unknown", "");
    }

    @Test
    void an_empty_or_null_document_is_refused() {
        assertThat(problem("", EntryEvent.class).code()).isEqualTo("json.syntax");
        assertThat(problem("null", EntryEvent.class).code()).isEqualTo("json.value.invalid");
    }

    @Test
    void a_reader_reads_as_a_string_does() {
        assertThat(JSON.read(new StringReader(ACK), EntryEvent.class)).isEqualTo(JSON.read(ACK, EntryEvent.class));
    }

    @Test
    void on_a_hosts_mapper_a_problem_is_a_JsonProblemException() {
        JsonMapper host = JsonMapper.builder().addModule(new AsoJsonModule()).build();
        assertThat(host.readValue(ACK, EntryEvent.class)).isEqualTo(JSON.read(ACK, EntryEvent.class).get());
        assertThat(host.writeValueAsString(JSON.read(ACK, EntryEvent.class).get())).isEqualTo(ACK);
        assertThatThrownBy(() -> host.readValue(ACK.replace("\"actor\":\"clerk\"", "\"actor\":42"), EntryEvent.class))
                .isInstanceOfSatisfying(JsonProblemException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("json.value.invalid");
                    assertThat(e.problem().detail("path")).contains("/actor");
                });
    }

    @Test
    void on_a_hosts_mapper_ids_are_map_keys_and_a_bad_key_is_a_problem() {
        JsonMapper host = JsonMapper.builder().addModule(new AsoJsonModule()).build();
        java.util.Map<PersonId, org.aso.core.kernel.Confidentiality> cleared = java.util.Map.of(PersonId.of("p-1"),
                org.aso.core.kernel.Confidentiality.SECRET);
        String json = host.writeValueAsString(cleared);
        assertThat(json).isEqualTo("{\"p-1\":\"SECRET\"}");
        assertThat(host.readValue(json, new tools.jackson.core.type.TypeReference<java.util.Map<PersonId,
                org.aso.core.kernel.Confidentiality>>() { })).isEqualTo(cleared);
        assertThatThrownBy(() -> host.readValue("{\" p-1\":\"SECRET\"}", new tools.jackson.core.type.TypeReference<
                java.util.Map<PersonId, org.aso.core.kernel.Confidentiality>>() { }))
                .isInstanceOfSatisfying(JsonProblemException.class,
                        e -> assertThat(e.problem().code()).isEqualTo("json.value.invalid"));
    }

    @Test
    void a_path_never_carries_control_characters_of_a_name() {
        Problem p = problem(ACK.replace("\"actor\"", "\"co\\u0007lour\\u202E\":1,\"actor\""), EntryEvent.class);
        assertProblem(p, "json.field.unknown", "/co\uFFFDlour\uFFFD");
    }

    @Test
    void writing_a_type_without_a_form_is_an_IllegalArgumentException_naming_it() {
        assertThatThrownBy(() -> JSON.write(org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Register");
        assertThatThrownBy(() -> JSON.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThat(JSON.write(PersonId.of("p-1"))).isEqualTo("\"p-1\"");
    }
}
