package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void page_keepsItsItemsOffsetAndTotal() {
        Page<String> p = Page.of(List.of("a", "b"), 4, 10);
        assertThat(p.items()).containsExactly("a", "b");
        assertThat(p.offset()).isEqualTo(4);
        assertThat(p.total()).isEqualTo(10);
    }

    @Test
    void hasNext_onlyWhileResultsRemainAfterThePage() {
        assertThat(Page.of(List.of("a", "b"), 0, 3).hasNext()).isTrue();
        assertThat(Page.of(List.of("a", "b"), 1, 3).hasNext()).as("the page ends at the last result").isFalse();
        assertThat(Page.of(List.of("c"), 2, 3).hasNext()).isFalse();
        assertThat(Page.of(List.of(), 0, 0).hasNext()).isFalse();
        assertThat(Page.of(List.of(), 3, 3).hasNext()).as("an empty page past the end").isFalse();
    }

    @Test
    void page_reachingExactlyTheTotal_isAccepted_oneItemBeyond_orANegativeOffset_isRefused() {
        assertThat(Page.of(List.of("a", "b"), 8, 10).total()).isEqualTo(10);
        assertThat(Page.of(List.of(), 0, 0).items()).isEmpty();
        assertThatThrownBy(() -> Page.of(List.of("a", "b"), 9, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(List.of("a"), 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(List.of(), -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Page.of(List.of(), 6, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}
