package org.aso.core.agenda.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Each kind of blocker word for word in French and English, with the plural of the counts. */
class LocalisedBlockerTest {
    private static Blocker blocker(Blocker.Kind kind, String subject, int open, int candidates) {
        return ImmutableBlocker.of(kind, subject, open, candidates, "as the finder wrote it");
    }

    @Test
    void attendee_countsTheStartsLeftOpenWithTheirPlural() {
        Blocker busy = blocker(Blocker.Kind.ATTENDEE, "p-3", 0, 12);
        assertThat(busy.message(Locale.FRENCH)).isEqualTo("p-3 est libre en heures ouvrées pour 0 sur 12 débuts possibles de la période");
        assertThat(busy.message(Locale.ENGLISH)).isEqualTo("p-3 is free in working hours for 0 of 12 candidate starts in the window");
        Blocker single = blocker(Blocker.Kind.ATTENDEE, "p-3", 1, 1);
        assertThat(single.message(Locale.FRENCH)).isEqualTo("p-3 est libre en heures ouvrées pour 1 sur 1 début possible de la période");
        assertThat(single.message(Locale.ENGLISH)).isEqualTo("p-3 is free in working hours for 1 of 1 candidate start in the window");
    }

    @Test
    void countsAtTheLimit_sayAtLeastWithTheLocalesGrouping() {
        Blocker room = blocker(Blocker.Kind.ROOM, "", SlotFinder.COUNT_LIMIT, 20_000);
        assertThat(room.message(Locale.FRENCH))
                .isEqualTo("Une salle adaptée est libre et réservable pour au moins 10\u202f000 sur 20\u202f000 débuts possibles");
        assertThat(room.message(Locale.ENGLISH))
                .isEqualTo("An adequate room is free and bookable for at least 10,000 of 20,000 candidate starts");
    }

    @Test
    void otherKinds_nameTheirConstraint() {
        assertThat(blocker(Blocker.Kind.EQUIPMENT, "projector", 2, 8).message(Locale.FRENCH))
                .isEqualTo("Un équipement mobile « projector » est libre pour 2 sur 8 débuts possibles");
        assertThat(blocker(Blocker.Kind.TIME_OF_DAY, "", 3, 8).message(Locale.ENGLISH))
                .isEqualTo("The times of day allow 3 of 8 candidate starts");
        assertThat(blocker(Blocker.Kind.SAME_DAY, "", 0, 8).message(Locale.FRENCH))
                .isEqualTo("La contrainte du même jour permet 0 sur 8 débuts possibles");
        assertThat(blocker(Blocker.Kind.WINDOW, "", 0, 0).message(Locale.FRENCH)).isEqualTo(
                "La période ne contient aucun début sur la grille qui ne soit pas passé et laisse la place à la réunion");
        assertThat(blocker(Blocker.Kind.WINDOW, "", 8, 8).message(Locale.ENGLISH))
                .isEqualTo("Each constraint leaves starts open on its own, but no start meets them all together");
    }
}
