package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.GENERAL;
import static org.aso.core.fixtures.DossierFixtures.ctx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aso.core.dossier.DossierCommand.AddItem;
import org.aso.core.fixtures.DossierFixtures;
import org.junit.jupiter.api.Test;

/** A new volume is started when the next item would pass the page or item limit. */
class VolumesTest {
    private final DossierRules rules = DossierFixtures.rules().withPolicy(
            DossierFixtures.policy().withVolumeLimits(VolumeLimits.of(100, 3)));
    private Dossier d = rules.open(DossierFixtures.openCommand("d-v", GENERAL).build(), ctx("2026-03-02T09:00"))
            .get().dossier();

    private DossierOutcome add(int pages) {
        DossierOutcome o = rules.decide(d, AddItem.document("Doc", pages, "doc"), ctx("2026-03-02T10:00")).get();
        d = o.dossier();
        return o;
    }

    @Test
    void itemLimit_startsANewVolumeForTheFourthItem() {
        add(1);
        add(1);
        add(1);
        DossierOutcome fourth = add(1);
        assertThat(d.volumes()).extracting(Volume::itemCount).containsExactly(3, 1);
        assertThat(d.item(4).get().volume()).isEqualTo(2);
        assertThat(fourth.events()).hasSize(2);
        assertThat(fourth.events().get(0)).isInstanceOfSatisfying(DossierEvent.VolumeStarted.class,
                e -> assertThat(e.volume()).isEqualTo(2));
        assertThat(fourth.events().get(1)).isInstanceOf(DossierEvent.ItemAdded.class);
    }

    @Test
    void pageLimit_isNeverPassed_exactlyFullIsFine() {
        add(60);
        add(40);   // exactly 100: stays in volume 1
        add(1);    // 101 would pass the limit
        assertThat(d.volumes()).extracting(Volume::pageCount).containsExactly(100, 1);
        assertThat(d.currentVolume().number()).isEqualTo(2);
    }

    @Test
    void oversizedItem_getsAVolumeOfItsOwn() {
        add(10);
        add(250);
        add(5);
        assertThat(d.volumes()).extracting(Volume::pageCount).containsExactly(10, 250, 5);
        assertThat(d.volumes()).allMatch(rules.policy().volumeLimits()::admits);
    }

    @Test
    void oversizedFirstItem_staysInTheEmptyFirstVolume() {
        add(300);
        assertThat(d.volumes()).singleElement().satisfies(v -> assertThat(v.pageCount()).isEqualTo(300));
    }

    @Test
    void limits_mustBePositive() {
        assertThatThrownBy(() -> VolumeLimits.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VolumeLimits.of(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
