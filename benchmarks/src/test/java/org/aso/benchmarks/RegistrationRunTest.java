package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.aso.core.correspondence.Register;
import org.aso.store.Aggregate;
import org.aso.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistrationRunTest {
    @Test
    void round_twoJvmsOnOneH2File_registerEveryLetterOnceAndTheTimeIsMeasured(@TempDir Path dir) throws Exception {
        // given
        String url = "jdbc:h2:file:" + dir.resolve("aso") + ";AUTO_SERVER=TRUE";
        EventStore.on(RegistrationRun.dataSource(url)).migrate().get();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        // when
        RegistrationRun.Round round = RegistrationRun.round(classPath, url, "register/test", 2, 40);
        // then: the round checked numbers 1 to 80; the stream holds them
        assertThat(round.registrations()).isEqualTo(80);
        assertThat(round.nanos()).isPositive();
        Register loaded = EventStore.on(RegistrationRun.dataSource(url))
                .open("register/test", Aggregate.register(RegisterData.settings())).get().get();
        assertThat(loaded.size()).isEqualTo(80);
        assertThat(loaded.entries().get(79).number().sequence()).isEqualTo(80L);
    }

    @Test
    void check_aRegisterShortOfTheCount_isRefused() {
        Register one = Register.of(RegisterData.settings())
                .register(RegisterData.letters(LocalDate.of(2026, 3, 2)).get(0), RegisterData.clerkAt(LocalDate.of(2026, 3, 2), 0))
                .get().register();
        RegistrationRun.check(one, 1);
        assertThatThrownBy(() -> RegistrationRun.check(one, 2)).hasMessageContaining("holds 1 entries, not 2");
    }
}
