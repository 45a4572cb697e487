package org.aso.core.kernel;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders deadline explanations as English sentences. */
final class Explanations {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private Explanations() {}

    static String day(LocalDate d) {
        return DAY.format(d);
    }

    static String dayTime(java.time.ZonedDateTime t) {
        return DAY.format(t) + " " + TIME.format(t);
    }

    static String skipped(LocalDate start, List<SkippedDay> skipped) {
        List<String> items = new ArrayList<>();
        int weekend = 0;
        int nonWorking = 0;
        for (SkippedDay s : skipped) {
            switch (s.reason()) {
                case WEEKEND -> weekend++;
                case NON_WORKING_DAY -> nonWorking++;
                case HOLIDAY -> items.add((s.date().getYear() == start.getYear() ? SHORT : SHORT_YEAR).format(s.date())
                        + " (" + s.holidays().stream().map(Holiday::name).collect(Collectors.joining(", ")) + ")");
            }
        }
        if (weekend > 0) {
            items.add(weekend + (weekend == 1 ? " weekend day" : " weekend days"));
        }
        if (nonWorking > 0) {
            items.add(nonWorking + (nonWorking == 1 ? " non-working day" : " non-working days"));
        }
        if (items.isEmpty()) {
            return "no day skipped";
        }
        if (items.size() == 1) {
            return "skipped " + items.get(0);
        }
        return "skipped " + String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String duration(Duration d) {
        long minutes = d.toMinutes();
        long h = minutes / 60;
        long m = minutes % 60;
        long s = d.minusMinutes(minutes).getSeconds();
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(h).append('h');
            if (m > 0) {
                b.append(String.format(Locale.ROOT, "%02d", m));
            }
        } else if (m > 0 || s == 0) {
            b.append(m).append(" min");
        }
        if (s > 0) {
            b.append(b.length() > 0 ? " " : "").append(s).append(" s");
        }
        return b.toString();
    }
}
