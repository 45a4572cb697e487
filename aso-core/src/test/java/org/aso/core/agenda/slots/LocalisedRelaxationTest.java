package org.aso.core.agenda.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** Each kind of relaxation word for word in French and English, with its plural and clock. */
class LocalisedRelaxationTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void shorten_givesTheLengthAndTheCountWithItsPlural() {
        Relaxation four = new Relaxation.Shorten(Duration.ofMinutes(30), 4, "Shorten to 30 minutes: 4 slot(s)");
        assertThat(four.message(Locale.FRENCH)).isEqualTo("Raccourcir à 30 min : 4 créneaux");
        assertThat(four.message(Locale.ENGLISH)).isEqualTo("Shorten to 30 min: 4 slots");
        Relaxation one = new Relaxation.Shorten(Duration.ofMinutes(90), 1, "Shorten to 90 minutes: 1 slot(s)");
        assertThat(one.message(Locale.FRENCH)).isEqualTo("Raccourcir à 1 h 30 : 1 créneau");
        assertThat(one.message(Locale.ENGLISH)).isEqualTo("Shorten to 1h30: 1 slot");
    }

    @Test
    void extendWindow_showsTheEndOnTheDayZonesClock() {
        // 16:00 UTC is 18:00 in Paris
        Relaxation toSix = new Relaxation.ExtendWindow(Instant.parse("2024-05-07T16:00:00Z"), PARIS, 3, "x");
        assertThat(toSix.message(Locale.FRENCH))
                .isEqualTo("Étendre la période jusqu’au mardi 7 mai 2024 à 18 h 00 (Europe/Paris) : 3 créneaux");
        assertThat(toSix.message(Locale.ENGLISH))
                .isEqualTo("Extend the window to Tue 7 May 2024 18:00 (Europe/Paris): 3 slots");
        // midnight in Paris ends the day before
        Relaxation toDayEnd = new Relaxation.ExtendWindow(Instant.parse("2024-05-07T22:00:00Z"), PARIS, 1, "x");
        assertThat(toDayEnd.message(Locale.FRENCH))
                .isEqualTo("Étendre la période jusqu’à la fin du mardi 7 mai 2024 (Europe/Paris) : 1 créneau");
        assertThat(toDayEnd.message(Locale.ENGLISH))
                .isEqualTo("Extend the window to the end of Tue 7 May 2024 (Europe/Paris): 1 slot");
    }

    @Test
    void otherChanges_nameWhatTheyChange() {
        assertThat(new Relaxation.MakeOptional(PersonId.of("p-3"), 2, "x").message(Locale.FRENCH))
                .isEqualTo("Rendre facultative la présence de p-3 : 2 créneaux");
        assertThat(new Relaxation.MakeOptional(PersonId.of("p-3"), 2, "x").message(Locale.ENGLISH))
                .isEqualTo("Make p-3 optional: 2 slots");
        assertThat(new Relaxation.UseRoom(RoomId.of("r-2"), 5, "x").message(Locale.FRENCH))
                .isEqualTo("Prendre la salle r-2 : 5 créneaux");
        assertThat(new Relaxation.DropEquipment("projector", true, 1, "x").message(Locale.ENGLISH))
                .isEqualTo("Do without a mobile projector: 1 slot");
        assertThat(new Relaxation.DropEquipment("projector", false, 1, "x").message(Locale.FRENCH))
                .isEqualTo("Se passer d’une salle avec l’équipement « projector » : 1 créneau");
        assertThat(new Relaxation.DropSameDay(6, "x").message(Locale.FRENCH)).isEqualTo(
                "Accepter des dates différentes pour les participants d’autres fuseaux horaires : 6 créneaux");
        assertThat(new Relaxation.DropTimeOfDay(1, "x").message(Locale.ENGLISH)).isEqualTo("Allow any time of day: 1 slot");
    }
}
