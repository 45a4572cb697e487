package org.aso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Outcome;
import org.aso.store.json.AsoJson;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Random runs of register decisions through a {@link StoredState} (H2 in file mode, a stream per try):
 * the state held, and the state a fresh store loads from its latest snapshot and the events after it,
 * are the state the same decisions give in memory, whatever the snapshot interval.
 */
class StoredRegisterProperties {
    private static final RegisterSettings SETTINGS = CorrespondenceFixtures.general();
    private static final AtomicInteger STREAMS = new AtomicInteger();
    private static Path dir;
    private static JdbcDataSource dataSource;

    /** A decision of {@link RegisterCommands} as core's outcome. */
    record Decided(Register register, List<EntryEvent> events) implements Outcome<Register> {
        @Override
        public Register state() {
            return register;
        }
    }

    @BeforeContainer
    static void database() throws IOException {
        dir = Files.createTempDirectory("aso-store-props");
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1");
        assertThat(EventStore.on(dataSource).migrate().get()).isEqualTo(1);
    }

    @AfterContainer
    static void shutdown() throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 60)
    void aStoredRegister_isTheRegisterTheSameDecisionsGiveInMemory(
            @ForAll("steps") List<RegisterCommands.Step> steps, @ForAll @IntRange(min = 1, max = 8) int snapshotEvery) {
        // given
        String stream = "register/" + STREAMS.incrementAndGet();
        Aggregate<Register> aggregate = Aggregate.register(SETTINGS);
        StoredState<Register> held = EventStore.on(dataSource, new StoreSettings(AsoJson.create(), snapshotEvery, 10))
                .open(stream, aggregate).get();
        // when
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            held.update(r -> RegisterCommands.apply(r, steps.get(index), index)
                    .map(o -> new Decided(o.register(), o.events())));
        }
        // then
        RegisterCommands.Run expected = RegisterCommands.run(Register.of(SETTINGS), steps);
        assertThat(held.version()).isEqualTo(expected.events().size());
        assertThat(held.get().snapshot()).isEqualTo(expected.register().snapshot());
        StoredState<Register> loaded = EventStore.on(dataSource).open(stream, aggregate).get();
        assertThat(loaded.version()).isEqualTo(expected.events().size());
        assertThat(loaded.get().snapshot()).isEqualTo(expected.register().snapshot());
    }

    @Provide
    net.jqwik.api.Arbitrary<List<RegisterCommands.Step>> steps() {
        return RegisterCommands.steps(40);
    }
}
