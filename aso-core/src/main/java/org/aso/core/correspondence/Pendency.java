package org.aso.core.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * The pendency report of a register at an instant: its open entries grouped by unit, holder and
 * age, each with since when its holder has it and why it is late; and, month by month, how many
 * pieces of mail were received, answered and are still pending.
 *
 * <pre>{@code
 * Pendency report = Pendency.of(register, clock.instant(), person -> directory.unitOf(person));
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pendency {
    /** Upper bounds of the default age buckets, in days since receipt: 0-7, 8-15, 16-30, 31-60, over 60. */
    public static final List<Integer> DEFAULT_BUCKETS = List.of(7, 15, 30, 60);

    Pendency() {}

    /** {@return when the report was drawn up} */
    public abstract Instant at();

    /** {@return the day of {@link #at()} in the register's zone} */
    public abstract LocalDate day();

    /** {@return the open entries by unit, holder and age bucket, in that order} */
    public abstract List<Group> groups();

    /** {@return the received, answered and pending counts per month, oldest first} */
    public abstract List<Month> months();

    /** One group of open entries. */
    @Value.Immutable
    public abstract static class Group {
        Group() {}

        /** {@return the unit: the assignee if a unit, the person's unit if a person, or empty if unassigned or unknown} */
        public abstract Optional<OrgUnitId> unit();

        /** {@return the holder: the handler (a person or a unit), or empty if unassigned} */
        public abstract Optional<Identifier> holder();

        /** {@return the age bucket, for example {@code "8-15 days"} (English; {@link #toText(Locale)} renders it from the bounds)} */
        public abstract String ageBucket();

        /** {@return the fewest days since receipt in the age bucket, for example 8} */
        public abstract int minAgeDays();

        /** {@return the most days since receipt in the age bucket, for example 15; empty for the last, open bucket} */
        public abstract Optional<Integer> maxAgeDays();

        /** {@return the entries, oldest first} */
        public abstract List<Item> items();
    }

    /** One pending entry. */
    @Value.Immutable
    public abstract static class Item {
        Item() {}

        /** {@return its number} */
        public abstract String number();

        /** {@return the day it was received} */
        public abstract LocalDate receivedOn();

        /** {@return since when its current holder has it (its registration if never assigned)} */
        public abstract Instant since();

        /** {@return the days since receipt} */
        public abstract long ageDays();

        /** {@return its reply due day} */
        public abstract Optional<LocalDate> replyDue();

        /** {@return true if the due day has passed} */
        public abstract boolean overdue();

        /** {@return why it is late, as its handler recorded} */
        public abstract Optional<String> delayReason();
    }

    /** Counts for one month. */
    @Value.Immutable
    public abstract static class Month {
        Month() {}

        /** {@return the month} */
        public abstract YearMonth month();

        /** {@return how much incoming and internal mail was received that month (cancelled entries excluded)} */
        public abstract int received();

        /** {@return how many replies were linked, or entries closed, that month} */
        public abstract int answered();

        /** {@return how many of those received that month are still open} */
        public abstract int pending();
    }

    /**
     * {@return the report with the default age buckets}
     *
     * @param register the register
     * @param at the instant of the report
     * @param unitOf the unit of a person (for entries handled by a person)
     */
    public static Pendency of(Register register, Instant at, Function<PersonId, Optional<OrgUnitId>> unitOf) {
        return of(register, at, unitOf, DEFAULT_BUCKETS);
    }

    /**
     * The report.
     *
     * @param register the register
     * @param at the instant of the report
     * @param unitOf the unit of a person (for entries handled by a person)
     * @param buckets increasing upper bounds of the age buckets, in days
     * @return the report
     * @throws IllegalArgumentException if the buckets are not increasing
     */
    public static Pendency of(Register register, Instant at, Function<PersonId, Optional<OrgUnitId>> unitOf,
                              List<Integer> buckets) {
        if (buckets.isEmpty() || buckets.get(0) < 0) {
            throw new IllegalArgumentException("Age buckets need at least one non-negative bound: " + buckets);
        }
        for (int i = 1; i < buckets.size(); i++) {
            if (buckets.get(i) <= buckets.get(i - 1)) {
                throw new IllegalArgumentException("Age buckets must increase: " + buckets);
            }
        }
        LocalDate day = register.today(at);
        record Key(Optional<OrgUnitId> unit, Optional<Identifier> holder, int bucket) {}
        Comparator<Optional<? extends Identifier>> byId = (a, b) -> a.isPresent() && b.isPresent()
                ? a.get().compareTo(b.get()) : Boolean.compare(a.isEmpty(), b.isEmpty());
        Map<Key, List<Item>> grouped = new TreeMap<>(Comparator.<Key, Optional<? extends Identifier>>comparing(Key::unit, byId)
                .thenComparing(Key::holder, byId).thenComparingInt(Key::bucket));
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (Entry e : register.entries()) {
            if (e.isCancelled()) {
                continue;
            }
            if (e.direction() != org.aso.core.kernel.Direction.OUTGOING && !e.receivedOn().isAfter(day)) {
                int[] m = months.computeIfAbsent(YearMonth.from(e.receivedOn()), k -> new int[3]);
                m[0]++;
                if (e.isOpen()) {
                    m[2]++;
                }
            }
            Optional<Instant> done = e.answeredAt().or(e::closedAt).filter(t -> !t.isAfter(at));
            done.ifPresent(t -> months.computeIfAbsent(YearMonth.from(register.today(t)), k -> new int[3])[1]++);
            if (!e.isOpen() || e.direction() == org.aso.core.kernel.Direction.OUTGOING) {
                continue;
            }
            Optional<Identifier> holder = e.handler();
            Optional<OrgUnitId> unit = holder.flatMap(h -> h instanceof OrgUnitId u ? Optional.of(u)
                    : unitOf.apply((PersonId) h));
            long age = Math.max(0, ChronoUnit.DAYS.between(e.receivedOn(), day));
            int bucket = 0;
            while (bucket < buckets.size() && age > buckets.get(bucket)) {
                bucket++;
            }
            Instant since = e.activeAction().map(Assignment::at).orElse(e.registeredAt());
            Key key = new Key(unit, holder, bucket);
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(ImmutableItem.builder()
                    .number(e.number().text()).receivedOn(e.receivedOn()).since(since).ageDays(age)
                    .replyDue(e.replyDue()).overdue(e.isOverdueOn(day)).delayReason(e.delayReason()).build());
        }
        List<Group> groups = new ArrayList<>();
        grouped.forEach((k, items) -> groups.add(ImmutableGroup.builder().unit(k.unit()).holder(k.holder())
                .ageBucket(label(buckets, k.bucket())).minAgeDays(k.bucket() == 0 ? 0 : buckets.get(k.bucket() - 1) + 1)
                .maxAgeDays(k.bucket() == buckets.size() ? Optional.empty() : Optional.of(buckets.get(k.bucket())))
                .addAllItems(items).build()));
        List<Month> monthList = new ArrayList<>();
        months.forEach((ym, c) -> monthList.add(ImmutableMonth.builder().month(ym).received(c[0]).answered(c[1])
                .pending(c[2]).build()));
        return ImmutablePendency.builder().at(at).day(day).addAllGroups(groups).addAllMonths(monthList).build();
    }

    private static String label(List<Integer> buckets, int i) {
        int low = i == 0 ? 0 : buckets.get(i - 1) + 1;
        return i == buckets.size() ? "over " + buckets.get(i - 1) + " days" : low + "-" + buckets.get(i) + " days";
    }

    /**
     * The report as plain text for a reader of {@code locale} (French or English; another language
     * gets English), one line per group and per month, with days, months and numbers as that
     * reader writes them. In French it begins {@code "Courrier en instance au mardi 7 mai 2024"}.
     *
     * @param locale the reader's locale
     * @return the report, each line ending with {@code \n}
     * @throws NullPointerException if {@code locale} is null
     */
    public String toText(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        StringBuilder b = new StringBuilder(book.text("pendency.title", book.day(day()))).append('\n');
        for (Group g : groups()) {
            String bucket = g.maxAgeDays().map(max -> book.text("pendency.bucket", g.minAgeDays(), max))
                    .orElseGet(() -> book.text("pendency.bucket.over", g.minAgeDays() - 1));
            b.append(String.format(Locale.ROOT, "  %-10s %-12s %-14s %3s:",
                    g.unit().map(Identifier::value).orElse(book.text("pendency.no-unit")),
                    g.holder().map(Identifier::value).orElse(book.text("pendency.unassigned")), bucket,
                    book.number(g.items().size())));
            for (Item i : g.items()) {
                String due = i.replyDue().map(d -> book.shortDay(d, true)).orElse("-");
                b.append(' ').append(i.number()).append(" (").append(i.overdue()
                        ? i.delayReason().map(r -> book.text("pendency.overdue-because", r)).orElse(book.text("pendency.overdue"))
                        : i.delayReason().map(r -> book.text("pendency.due-because", due, r)).orElse(book.text("pendency.due", due)))
                        .append(')');
            }
            b.append('\n');
        }
        b.append("  ").append(book.text("pendency.months")).append('\n');
        for (Month m : months()) {
            b.append(String.format(Locale.ROOT, "  %-14s %8s %8s %8s\n", book.month(m.month()), book.number(m.received()),
                    book.number(m.answered()), book.number(m.pending())));
        }
        return b.toString();
    }

    /** {@return the report as plain English text, one line per group and per month; see {@link #toText(Locale)}} */
    public String toText() {
        StringBuilder b = new StringBuilder("Pendency on ").append(day()).append('\n');
        for (Group g : groups()) {
            b.append(String.format(java.util.Locale.ROOT, "  %-10s %-12s %-14s %3d:",
                    g.unit().map(Identifier::value).orElse("(no unit)"),
                    g.holder().map(Identifier::value).orElse("(unassigned)"), g.ageBucket(), g.items().size()));
            for (Item i : g.items()) {
                b.append(' ').append(i.number()).append(i.overdue() ? " (overdue" : " (due ")
                        .append(i.overdue() ? "" : i.replyDue().map(LocalDate::toString).orElse("-"))
                        .append(i.delayReason().map(r -> (i.overdue() ? ": " : "; ") + r).orElse(""))
                        .append(')');
            }
            b.append('\n');
        }
        b.append("  month    received answered pending\n");
        for (Month m : months()) {
            b.append(String.format(java.util.Locale.ROOT, "  %s %8d %8d %7d%n", m.month(), m.received(), m.answered(), m.pending()));
        }
        return b.toString();
    }
}
