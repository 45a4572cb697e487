package org.aso.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every kind of broken link, word for word in French and English. */
class LocalisedBrokenLinkTest {

    private static BrokenLink at(int index, BrokenLink.Reason reason, String found) {
        return BrokenLink.of(index, reason, "expected", found);
    }

    @Test
    void eachReason_readsInBothLanguages() {
        BrokenLink skipped = at(6, BrokenLink.Reason.OUT_OF_SEQUENCE, "9");
        assertThat(skipped.message(Locale.FRENCH)).isEqualTo("L’entrée 7 (position 6) porte le numéro 9 : une entrée"
                + " antérieure a été retirée, ou des entrées ont été insérées ou déplacées");
        assertThat(skipped.message(Locale.ENGLISH)).isEqualTo(skipped.message()).isEqualTo("Entry 7 (index 6) carries"
                + " sequence 9: an entry before it was removed, or entries were inserted or moved");

        BrokenLink unlinked = at(1, BrokenLink.Reason.UNLINKED, "ab12");
        assertThat(unlinked.message(Locale.FRENCH)).isEqualTo("L’entrée 2 (position 1) ne renvoie pas à l’empreinte de"
                + " l’entrée qui la précède : une entrée a été retirée, remplacée, insérée ou déplacée");
        assertThat(unlinked.message(Locale.ENGLISH)).isEqualTo(unlinked.message());

        BrokenLink altered = at(2, BrokenLink.Reason.ALTERED, "ab12");
        assertThat(altered.message(Locale.FRENCH))
                .isEqualTo("L’entrée 3 (position 2) ne correspond plus à son empreinte : elle a été modifiée");
        assertThat(altered.message(Locale.ENGLISH)).isEqualTo(altered.message())
                .isEqualTo("Entry 3 (index 2) no longer matches its hash: it was altered");

        BrokenLink backwards = at(4, BrokenLink.Reason.TIME_BACKWARDS, "2024-05-07T09:00:00Z");
        assertThat(backwards.message(Locale.FRENCH))
                .isEqualTo("L’entrée 5 (position 4) est datée du 2024-05-07T09:00:00Z, avant l’entrée qui la précède");
        assertThat(backwards.message(Locale.ENGLISH)).isEqualTo(backwards.message());

        BrokenLink truncated = at(2, BrokenLink.Reason.TRUNCATED, "no entry");
        assertThat(truncated.message(Locale.FRENCH))
                .isEqualTo("Le journal s’arrête avant l’entrée 3 : des entrées ont été retirées à la fin");
        assertThat(truncated.message(Locale.ENGLISH)).isEqualTo(truncated.message());

        BrokenLink rewritten = at(11_999, BrokenLink.Reason.CHECKPOINT_MISMATCH, "ab12");
        assertThat(rewritten.message(Locale.FRENCH))
                .isEqualTo("L’entrée 12000 (position 11999) diffère du point de contrôle : le journal a été réécrit");
        assertThat(rewritten.message(Locale.ENGLISH)).isEqualTo(rewritten.message());
    }
}
