package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.aso.core.correspondence.Register;
import org.aso.store.Aggregate;
import org.aso.store.EventStore;
import org.aso.store.StoredState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load run does real work: on a small register, both streams load the register decided, one from its snapshot. */
class RegisterLoadRunTest {

    @Test
    void build_thenLoad_givesTheRegisterDecided_fromTheSnapshotAndFromEveryEvent(@TempDir Path dir) throws Exception {
        // given
        String url = "jdbc:h2:file:" + dir.resolve("aso");
        RegisterHistory.History decided = RegisterHistory.build(3_000);
        // when
        RegisterLoadRun.Built built = RegisterLoadRun.build(url, 3_000, 100);
        // then: the snapshot is the store's own, 100 events before the end
        assertThat(built.entries()).isEqualTo(3_000);
        assertThat(built.events()).isEqualTo(decided.events().size());
        assertThat(built.snapshotVersion()).isEqualTo(built.events() - 100L);
        assertThat(built.snapshotChars()).isGreaterThan(3_000L * 300);
        EventStore store = EventStore.on(RegistrationRun.dataSource(url), RegisterLoadRun.readOnly());
        for (String stream : new String[] {RegisterLoadRun.SNAPSHOTTED, RegisterLoadRun.EVENTS_ONLY}) {
            StoredState<Register> loaded = store.open(stream, Aggregate.register(RegisterData.settings())).get();
            assertThat(loaded.get()).as(stream).isEqualTo(decided.register());
            assertThat(loaded.version()).isEqualTo(built.events());
        }
        // and a load measures itself, checking the size
        RegisterLoadRun.Loaded l = RegisterLoadRun.load(url, RegisterLoadRun.SNAPSHOTTED, 3_000);
        assertThat(l.version()).isEqualTo(built.events());
        assertThat(l.entries()).isEqualTo(3_000);
        assertThat(l.peakHeap()).isPositive();
        assertThat(l.retainedHeap()).isPositive();
    }

    @Test
    void loadInFreshJvm_reportsTheLoadOfTheOtherProcess(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("aso");
        RegisterLoadRun.Built built = RegisterLoadRun.build(url, 1_500, 50);
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        RegisterLoadRun.Loaded l = RegisterLoadRun.loadInFreshJvm(classPath, url, RegisterLoadRun.EVENTS_ONLY, 1_500, "256m");
        assertThat(l.version()).isEqualTo(built.events());
        assertThat(l.entries()).isEqualTo(1_500);
        assertThat(l.millis()).isPositive();
        assertThat(l.peakHeap()).isGreaterThanOrEqualTo(l.retainedHeap() / 2).isLessThanOrEqualTo(256L << 20);
    }

    @Test
    void openWithDefaults_ofASmallRegister_opensIt(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("aso");
        RegisterLoadRun.build(url, 1_000, 10);
        assertThat(RegisterLoadRun.openWithDefaults(url, RegisterLoadRun.SNAPSHOTTED)).isEmpty();
    }

    @Test
    void median_ofOddAndEvenCounts() {
        assertThat(RegisterLoadRun.median(new long[] {5, 1, 3})).isEqualTo(3);
        assertThat(RegisterLoadRun.median(new long[] {4, 1, 3, 10})).isEqualTo(3);
    }
}
