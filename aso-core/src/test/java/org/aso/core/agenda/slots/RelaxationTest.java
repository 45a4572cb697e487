package org.aso.core.agenda.slots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class RelaxationTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void kind_namesEachRecord() {
        List<Relaxation> all = List.of(new Relaxation.MakeOptional(PersonId.of("alice"), 1, "m"),
                new Relaxation.ExtendWindow(Instant.parse("2026-03-09T23:00:00Z"), PARIS, 1, "m"),
                new Relaxation.Shorten(Duration.ofMinutes(30), 1, "m"),
                new Relaxation.UseRoom(RoomId.of("B2-101"), 1, "m"),
                new Relaxation.DropEquipment("video", false, 1, "m"),
                new Relaxation.DropSameDay(1, "m"),
                new Relaxation.DropTimeOfDay(1, "m"));
        assertThat(all).extracting(Relaxation::kind).containsExactly(Relaxation.Kind.values());
    }

    @Test
    void until_isTheDateOnWhichTheExtendedWindowEnds_inItsZone() {
        // midnight ends the day before; any later instant is on its own date
        assertThat(new Relaxation.ExtendWindow(Instant.parse("2026-03-09T23:00:00Z"), PARIS, 1, "m").until())
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(new Relaxation.ExtendWindow(Instant.parse("2026-03-09T23:00:00Z"), ZoneOffset.UTC, 1, "m").until())
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(new Relaxation.ExtendWindow(Instant.parse("2026-03-10T00:00:00Z"), ZoneOffset.UTC, 1, "m").until())
                .isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(new Relaxation.ExtendWindow(Instant.parse("2026-03-10T14:00:00Z"), PARIS, 1, "m").until())
                .isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void construction_refusesNoSlotANullOrANonPositiveLength() {
        assertThatThrownBy(() -> new Relaxation.DropSameDay(0, "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new Relaxation.Shorten(Duration.ZERO, 1, "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relaxation.Shorten(Duration.ofMinutes(-5), 1, "m"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Relaxation.MakeOptional(null, 1, "m")).isInstanceOf(NullPointerException.class)
                .hasMessage("person");
        assertThatThrownBy(() -> new Relaxation.ExtendWindow(Instant.EPOCH, null, 1, "m")).isInstanceOf(NullPointerException.class)
                .hasMessage("zone");
        assertThatThrownBy(() -> new Relaxation.UseRoom(RoomId.of("r"), 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("message");
    }
}
