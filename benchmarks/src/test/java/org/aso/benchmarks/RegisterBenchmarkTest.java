package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.aso.core.correspondence.Alert;
import org.aso.core.correspondence.Register;
import org.aso.core.kernel.SharedState;
import org.junit.jupiter.api.Test;

/** The register benchmarks do real work: on smaller data, their results are checked. */
class RegisterBenchmarkTest {

    @Test
    void registration_throughTheHolder_numbersEveryLetter() throws Exception {
        RegisterBenchmark b = new RegisterBenchmark();
        b.setUp();
        SharedState<Register> shared = SharedState.of(Register.of(b.settings));
        Thread t = new Thread(() -> RegisterBenchmark.registerInto(shared, b.letters, b.ctx, 0, 5_000));
        t.start();
        RegisterBenchmark.registerInto(shared, b.letters, b.ctx, 5_000, 5_000);
        t.join();
        assertThat(shared.get().size()).isEqualTo(10_000);
        assertThat(shared.get().entries().get(9_999).number().text()).isEqualTo("2026-A-010000");
    }

    @Test
    void dueQuery_indexAndScanAgree_onASmallerRegister() {
        DueQueryBenchmark b = new DueQueryBenchmark();
        b.register = DueQueryBenchmark.build(40_000);
        b.at = RegisterData.clerkAt(LocalDate.of(2025, 12, 15), 60).at();
        b.today = b.register.today(b.at);
        var alerts = b.dueAt();
        assertThat(alerts).isNotEmpty();
        assertThat(alerts).extracting(a -> a.entry().id()).containsExactlyInAnyOrderElementsOf(
                b.scan().stream().map(e -> e.id()).toList());
        assertThat(alerts).anyMatch(a -> a.kind() == Alert.Kind.OVERDUE);
        assertThat(b.register.openWithDeadline()).isLessThan(40_000 / 10);
    }
}
