package org.aso.core.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.aso.core.internal.Phrasebook;

/** Renders deadline explanations in a locale from the texts of {@link Phrasebook}. */
final class Explanations {
    private Explanations() {}

    static String skipped(Phrasebook book, LocalDate start, List<SkippedDay> skipped) {
        List<String> items = new ArrayList<>();
        int weekend = 0;
        int nonWorking = 0;
        for (SkippedDay s : skipped) {
            switch (s.reason()) {
                case WEEKEND -> weekend++;
                case NON_WORKING_DAY -> nonWorking++;
                case HOLIDAY -> items.add(book.text("deadline.skipped.holiday",
                        book.shortDay(s.date(), s.date().getYear() != start.getYear()),
                        s.holidays().stream().map(h -> book.holiday(h.name())).collect(Collectors.joining(", "))));
            }
        }
        if (weekend > 0) {
            items.add(book.text("deadline.skipped.weekend", weekend));
        }
        if (nonWorking > 0) {
            items.add(book.text("deadline.skipped.non-working", nonWorking));
        }
        return items.isEmpty() ? book.text("deadline.skipped.none") : book.text("deadline.skipped", book.and(items));
    }
}
