package org.aso.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zones as iCalendar: which zones are written in UTC form, and the VTIMEZONE of the others,
 * made from {@code java.time}'s rules (never ical4j's registry).
 *
 * <ul>
 *   <li>A zone that changes its clocks by yearly rules now ({@link ZoneRules#getTransitionRules()}):
 *       one STANDARD and one DAYLIGHT observance, each starting at its transition of 1970 (local
 *       time before it) and repeating with a yearly RRULE ({@code BYMONTH=3;BYDAY=-1SU}, or
 *       {@code BYMONTHDAY=23,...,29;BYDAY=FR} for "the Friday on or after the 23rd").
 *   <li>A zone without clock changes now (Asia/Tokyo, America/Sao_Paulo since 2019, Asia/Tehran
 *       since 2022), a fixed offset ({@code +02:00}) and {@code Etc/UTC}: one STANDARD observance
 *       with its current offset. Times before its last change are then read with today's offset.
 *   <li>A zone whose future changes are listed one by one rather than by a rule (Africa/Casablanca,
 *       Africa/El_Aaiun, whose clocks follow Ramadan until 2087), or whose rule cannot be said as an
 *       RRULE: one observance per change since 1970, without RRULE.
 * </ul>
 * {@link ZoneOffset#UTC} is written as UTC times ({@code ...Z}) with no TZID and no VTIMEZONE.
 * VTIMEZONEs are made once per zone and kept. Thread-safe.
 */
final class ZoneWriter {
    private static final LocalDateTime ANCHOR = LocalDateTime.of(1970, 1, 1, 0, 0);
    /** Zones whose listed changes go past this have future changes without a rule. */
    private static final Instant EXPLICIT_AFTER = Instant.parse("2030-01-01T00:00:00Z");
    private static final ConcurrentHashMap<ZoneId, String> VTIMEZONES = new ConcurrentHashMap<>();
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private ZoneWriter() {}

    /** {@return true for the zone written in UTC form (no TZID)} */
    static boolean isUtc(ZoneId zone) {
        return zone == ZoneOffset.UTC || ZoneOffset.UTC.equals(zone);
    }

    /** {@return the VTIMEZONE of a zone, folded, with CRLF} */
    static String vtimezone(ZoneId zone) {
        return VTIMEZONES.computeIfAbsent(zone, ZoneWriter::make);
    }

    private static String make(ZoneId zone) {
        ContentLines out = new ContentLines(512);
        out.begin("VTIMEZONE");
        out.name("TZID").value(zone.getId());
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        List<ZoneOffsetTransition> listed = rules.getTransitions();
        if (yearly.size() == 2 && byRules(out, yearly)) {
            // written
        } else if (!listed.isEmpty() && listed.get(listed.size() - 1).getInstant().isAfter(EXPLICIT_AFTER)
                || yearly.size() == 2) {
            oneByOne(out, rules);
        } else {
            ZoneOffset now = listed.isEmpty() ? rules.getOffset(Instant.EPOCH)
                    : listed.get(listed.size() - 1).getOffsetAfter();
            observance(out, "STANDARD", ANCHOR, now, now, null);
        }
        out.end("VTIMEZONE");
        return out.toString();
    }

    /** STANDARD and DAYLIGHT from the two yearly rules; false (nothing written) if one cannot be an RRULE. */
    private static boolean byRules(ContentLines out, List<ZoneOffsetTransitionRule> yearly) {
        String[] rrules = new String[2];
        for (int i = 0; i < 2; i++) {
            rrules[i] = rrule(yearly.get(i));
            if (rrules[i] == null) {
                return false;
            }
        }
        // STANDARD first, then DAYLIGHT, for a stable text
        int std = yearly.get(0).getOffsetAfter().equals(yearly.get(0).getStandardOffset()) ? 0 : 1;
        for (int i : new int[] {std, 1 - std}) {
            ZoneOffsetTransitionRule r = yearly.get(i);
            ZoneOffsetTransition t = r.createTransition(1970);
            observance(out, i == std ? "STANDARD" : "DAYLIGHT", t.getDateTimeBefore(), r.getOffsetBefore(),
                    r.getOffsetAfter(), rrules[i]);
        }
        return true;
    }

    /**
     * The RRULE of a yearly rule, read on the wall clock before the change (as the observance's
     * DTSTART is), or null when it cannot be said: when the time of the change moves it to
     * another day than the rule's, or for "the Sunday on or after the 26th" in February.
     */
    private static String rrule(ZoneOffsetTransitionRule r) {
        for (int year = 1970; year <= 2100; year++) {
            if (!r.createTransition(year).getDateTimeBefore().toLocalDate().equals(ruleDate(r, year))) {
                return null;
            }
        }
        StringBuilder b = new StringBuilder("FREQ=YEARLY;BYMONTH=").append(r.getMonth().getValue());
        int dom = r.getDayOfMonthIndicator();
        DayOfWeek dow = r.getDayOfWeek();
        Month month = r.getMonth();
        if (dow == null) {
            return b.append(";BYMONTHDAY=").append(dom).toString();
        }
        String day = DAYS[dow.getValue() - 1];
        if (dom > 0 && (dom - 1) % 7 == 0 && dom <= 22) {
            return b.append(";BYDAY=").append((dom + 6) / 7).append(day).toString();
        }
        if (dom > 0 && month != Month.FEBRUARY && dom + 6 == month.maxLength()) {
            return b.append(";BYDAY=-1").append(day).toString();
        }
        if (dom == -1) {
            return b.append(";BYDAY=-1").append(day).toString();
        }
        if (dom > 0 && dom + 6 <= month.minLength()) {
            b.append(";BYMONTHDAY=");
            for (int d = dom; d <= dom + 6; d++) {
                b.append(d == dom ? "" : ",").append(d);
            }
            return b.append(";BYDAY=").append(day).toString();
        }
        return null;
    }

    /** The day a rule names in a year, before its time of day is applied. */
    private static LocalDate ruleDate(ZoneOffsetTransitionRule r, int year) {
        int dom = r.getDayOfMonthIndicator();
        LocalDate date = dom < 0
                ? LocalDate.of(year, r.getMonth(), r.getMonth().length(java.time.Year.isLeap(year)) + 1 + dom)
                : LocalDate.of(year, r.getMonth(), dom);
        if (r.getDayOfWeek() != null) {
            date = date.with(dom < 0 ? TemporalAdjusters.previousOrSame(r.getDayOfWeek())
                    : TemporalAdjusters.nextOrSame(r.getDayOfWeek()));
        }
        return date;
    }

    /** One observance per change since 1970, then the yearly rules if any, up to 2100. */
    private static void oneByOne(ContentLines out, ZoneRules rules) {
        Instant from = ANCHOR.toInstant(ZoneOffset.UTC);
        ZoneOffset first = rules.getOffset(from);
        observance(out, rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD", ANCHOR, first, first, null);
        Instant end = Instant.parse("2100-01-01T00:00:00Z");
        for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(end);
                t = rules.nextTransition(t.getInstant())) {
            boolean daylight = rules.isDaylightSavings(t.getInstant());
            observance(out, daylight ? "DAYLIGHT" : "STANDARD", t.getDateTimeBefore(), t.getOffsetBefore(),
                    t.getOffsetAfter(), null);
        }
    }

    private static void observance(ContentLines out, String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to,
                                   String rrule) {
        out.begin(kind);
        out.name("DTSTART").local(start);
        out.name("TZOFFSETFROM").value(offset(from));
        out.name("TZOFFSETTO").value(offset(to));
        if (rrule != null) {
            out.name("RRULE").value(rrule);
        }
        out.end(kind);
    }

    /** An offset as iCalendar writes it: {@code +0100}, {@code -0330}, {@code +004430} with seconds. */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        StringBuilder b = new StringBuilder(7).append(total < 0 ? '-' : '+');
        int h = abs / 3600;
        int m = abs / 60 % 60;
        int s = abs % 60;
        b.append((char) ('0' + h / 10)).append((char) ('0' + h % 10)).append((char) ('0' + m / 10))
                .append((char) ('0' + m % 10));
        if (s != 0) {
            b.append((char) ('0' + s / 10)).append((char) ('0' + s % 10));
        }
        return b.toString();
    }

    /** {@return the local date-time of an instant in a zone} */
    static LocalDateTime local(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** {@return the local date-time of a zoned time in a zone} */
    static LocalDateTime local(ZonedDateTime time, ZoneId zone) {
        return time.getZone().equals(zone) ? time.toLocalDateTime() : time.withZoneSameInstant(zone).toLocalDateTime();
    }
}
