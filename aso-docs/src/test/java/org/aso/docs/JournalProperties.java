package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The journal's lines: any record reads back as written, and a cut anywhere keeps exactly the whole lines before it. */
class JournalProperties {

    @Provide
    Arbitrary<List<List<String>>> records() {
        // any well-formed text, including tabs, line ends, commas and percent signs
        Arbitrary<String> field = Arbitraries.strings().all().ofMaxLength(30)
                .filter(s -> s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)));
        return field.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 300)
    void everyRecord_readsBackAsWritten(@ForAll("records") List<List<String>> records) {
        byte[] journal = bytes(records);
        List<List<String>> read = new ArrayList<>();
        assertThat(Journal.replay(journal, read).get()).isEqualTo(journal.length);
        assertThat(read).isEqualTo(records);
    }

    @Property(tries = 300)
    void aCutAnywhere_keepsTheWholeLinesBeforeItAndNothingElse(@ForAll("records") List<List<String>> records,
                                                                 @ForAll @IntRange(min = 0, max = 10_000) int at) {
        byte[] journal = bytes(records);
        int cut = at % (journal.length + 1);
        List<List<String>> read = new ArrayList<>();
        long good = Journal.replay(Arrays.copyOf(journal, cut), read).get();
        // the whole lines before the cut, computed the naive way
        int whole = 0;
        int end = 0;
        for (List<String> r : records) {
            int len = Journal.encode(r).getBytes(StandardCharsets.UTF_8).length;
            if (end + len > cut) {
                break;
            }
            end += len;
            whole++;
        }
        assertThat(read).isEqualTo(records.subList(0, whole));
        assertThat(good).isEqualTo(end);
    }

    @Property(tries = 200)
    void listsJoinedInOneField_splitBackAsTheyWere(@ForAll("records") List<List<String>> records) {
        for (List<String> items : records) {
            List<String> back = Journal.split(Journal.join(items));
            if (items.equals(List.of(""))) {
                assertThat(back).isEmpty(); // one empty item and no item are the same field
            } else {
                assertThat(back).isEqualTo(items);
            }
        }
    }

    private static byte[] bytes(List<List<String>> records) {
        StringBuilder b = new StringBuilder();
        records.forEach(r -> b.append(Journal.encode(r)));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
