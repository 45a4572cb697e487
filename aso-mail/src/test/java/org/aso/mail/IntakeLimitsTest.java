package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntakeLimitsTest {
    @Test
    void defaults_areTheDocumentedOnes() {
        IntakeLimits d = IntakeLimits.DEFAULT;
        assertThat(d.maxBytes()).isEqualTo(25L * 1024 * 1024);
        assertThat(d.maxParts()).isEqualTo(500);
        assertThat(d.maxDepth()).isEqualTo(10);
        assertThat(d.maxHeaders()).isEqualTo(500);
        assertThat(d.maxHeaderLength()).isEqualTo(16_384);
        assertThat(d.maxAttachments()).isEqualTo(100);
        assertThat(d.maxTime()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void withers_changeOneBound() {
        assertThat(IntakeLimits.DEFAULT.withMaxBytes(10)).isEqualTo(new IntakeLimits(10, 500, 10, 500, 16_384, 100,
                Duration.ofSeconds(5)));
        assertThat(IntakeLimits.DEFAULT.withMaxTime(Duration.ofMillis(1)).maxTime()).isEqualTo(Duration.ofMillis(1));
    }

    @Test
    void boundsOutOfRange_areRefused() {
        Duration s = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new IntakeLimits(0, 1, 1, 1, 1, 0, s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntakeLimits(1, 1, IntakeLimits.MAX_DEPTH + 1, 1, 1, 0, s))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntakeLimits(1, 1, 1, 1, 1, -1, s)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntakeLimits(1, 1, 1, 1, 1, 0, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new IntakeLimits(1, 1, IntakeLimits.MAX_DEPTH, 1, 1, 0, s).maxAttachments()).isZero();
    }
}
