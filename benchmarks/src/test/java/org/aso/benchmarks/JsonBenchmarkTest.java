package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.kernel.DomainEvent;
import org.aso.store.json.AsoJson;
import org.junit.jupiter.api.Test;

/** The JSON benchmark does real work: every event comes back equal, from every family; the snapshot restores the register. */
class JsonBenchmarkTest {

    @Test
    void roundTrip_overTheMix_givesBackEveryEventOfEveryFamily() {
        // given
        JsonBenchmark b = new JsonBenchmark();
        b.events = "mix";
        b.setUp();
        // when / then: one rotation of the benchmark, every event equal to the one written
        for (int i = 0; i < b.samples.size(); i++) {
            EventMix.Sample s = b.samples.get(b.next);
            DomainEvent back = b.roundTrip();
            assertThat(back).isEqualTo(s.event()).isInstanceOf(s.family());
        }
        assertThat(b.next).isZero();
        assertThat(b.samples).hasSize(JsonBenchmark.EVENTS);
        assertThat(b.samples.stream().map(EventMix.Sample::family).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(EventMix.FAMILIES);
        long register = b.samples.stream().filter(s -> s.family() == EntryEvent.class).count();
        assertThat(register).isEqualTo(JsonBenchmark.EVENTS / 2);
    }

    @Test
    void eachFamily_isMadeOfSeveralKindsOfEvent_fromRealDecisions() {
        AsoJson json = AsoJson.create();
        for (Class<? extends DomainEvent> family : EventMix.FAMILIES) {
            var samples = EventMix.of(family, 300);
            Set<String> kinds = samples.stream().map(s -> s.event().getClass().getSimpleName()).collect(Collectors.toSet());
            assertThat(samples).as(family.getSimpleName()).hasSize(300).allMatch(s -> family.isInstance(s.event()));
            assertThat(kinds).as(family.getSimpleName() + " " + kinds).hasSizeGreaterThanOrEqualTo(2);
            samples.forEach(s -> assertThat(JsonBenchmark.roundTrip(json, s)).isEqualTo(s.event()));
        }
    }

    @Test
    void registerHistory_recordsFollowUpsOfEveryKind_andReplaysToTheSameRegister() {
        RegisterHistory.History h = RegisterHistory.build(12_000);
        Set<String> kinds = h.events().stream().map(e -> e.getClass().getSimpleName()).collect(Collectors.toSet());
        assertThat(kinds).contains("MailRegistered", "Assigned", "Acknowledged", "ReplyLinked", "StatusChanged", "Cancelled");
        assertThat(h.register().size()).isEqualTo(12_000);
        assertThat(h.events().size()).isBetween(20_000, 30_000);
        assertThat(h.refused()).isZero();
        assertThat(Register.replay(RegisterData.settings(), h.events()).get()).isEqualTo(h.register());
    }

    @Test
    void snapshot_ofTenThousandEntries_isWrittenReadAndRestoredToTheRegister() {
        JsonBenchmark b = new JsonBenchmark();
        b.events = "PhoneLogEvent";
        b.setUp();
        assertThat(b.snapshot.entries()).hasSize(JsonBenchmark.SNAPSHOT_ENTRIES);
        assertThat(b.snapshotWrite()).isEqualTo(b.snapshotJson);
        assertThat(b.snapshotRead()).isEqualTo(b.snapshot);
        Register restored = b.snapshotReadAndRestore();
        assertThat(restored.snapshot()).isEqualTo(b.snapshot);
        assertThat(restored.size()).isEqualTo(JsonBenchmark.SNAPSHOT_ENTRIES);
    }
}
