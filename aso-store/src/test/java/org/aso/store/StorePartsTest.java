package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** The store's small parts: lost races, failures, the schema script, stream names, the snapshot rule. */
class StorePartsTest {

    @Test
    void isConflict_theStatesOfALostRace_whereverTheyAreInTheChain() {
        for (String state : List.of("23505", "40001", "40P01", "HYT00", "90131", "55P03")) {
            assertThat(EventLog.isConflict(new SQLException("x", state))).as(state).isTrue();
            SQLException batch = new SQLException("batch failed", "XX000");
            batch.setNextException(new SQLException("x", state));
            assertThat(EventLog.isConflict(batch)).as("next " + state).isTrue();
            assertThat(EventLog.isConflict(new SQLException("wrapped", "XX000", new SQLException("x", state))))
                    .as("cause " + state).isTrue();
        }
        for (String state : List.of("08006", "42P01", "42S02", "22001", "23503")) {
            assertThat(EventLog.isConflict(new SQLException("x", state))).as(state).isFalse();
        }
        assertThat(EventLog.isConflict(new SQLException("no state"))).isFalse();
    }

    @Test
    void unavailable_namesTheOperationAndState_neverTheDriversMessage() {
        Problem p = EventLog.unavailable("appending", "register/general",
                new SQLException("Value too long for column payload: 'Lettre du préfet'", "22001"));
        assertThat(p.code()).isEqualTo("store.unavailable");
        assertThat(p.details()).containsEntry("operation", "appending").containsEntry("sqlState", "22001")
                .containsEntry("stream", "register/general");
        assertThat(p.toString()).doesNotContain("préfet").doesNotContain("too long");
        assertThat(EventLog.unavailable("migrating the schema", null, new SQLException("x")).details())
                .containsEntry("sqlState", "none").doesNotContainKey("stream");
    }

    @Test
    void theSchemaScript_splitsIntoItsStatements() {
        List<String> statements = Schema.statements(Schema.text(Schema.SCRIPTS.get(0)));
        assertThat(statements).filteredOn(s -> s.startsWith("CREATE TABLE IF NOT EXISTS")).hasSize(4);
        assertThat(statements).filteredOn(s -> s.startsWith("COMMENT ON")).hasSizeGreaterThan(15);
        assertThat(statements).allSatisfy(s -> assertThat(s).doesNotEndWith(";")
                .matches("(?s)(CREATE TABLE IF NOT EXISTS|COMMENT ON (TABLE|COLUMN)) aso_.*"));
    }

    @Test
    void statements_aScriptWithoutItsLastSemicolon_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Schema.statements("CREATE TABLE a (b INTEGER);\nDROP TABLE a"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Schema.statements("-- a comment; not a statement\nCREATE TABLE a (\n  b INTEGER\n);\n"))
                .containsExactly("CREATE TABLE a (\nb INTEGER\n)");
    }

    @Test
    void streamName_isTrimmedAndBounded() {
        assertThat(EventStore.streamName("  register/general ").get()).isEqualTo("register/general");
        assertThat(EventStore.streamName("é".repeat(200)).isRight()).isTrue();
        assertThat(EventStore.streamName("\ud83d\udcec mail").isRight()).isTrue();
        Problem tooLong = EventStore.streamName("x".repeat(201)).getLeft();
        assertThat(tooLong.code()).isEqualTo("store.stream.invalid");
        assertThat(tooLong.details()).containsEntry("reason", "too-long").containsEntry("length", "201");
        assertThat(EventStore.streamName("a\u0085b").getLeft().detail("reason")).contains("control-character");
        assertThat(EventStore.streamName("a\udc00").getLeft().detail("reason")).contains("unpaired-surrogate");
    }

    @Test
    void crossed_isTrueWhenAnAppendReachesOrPassesAMultiple() {
        assertThat(StoredState.crossed(0, 3, 4)).isFalse();
        assertThat(StoredState.crossed(3, 4, 4)).isTrue();
        assertThat(StoredState.crossed(2, 9, 4)).isTrue();
        assertThat(StoredState.crossed(4, 7, 4)).isFalse();
    }
}
