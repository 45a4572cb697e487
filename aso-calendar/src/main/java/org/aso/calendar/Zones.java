package org.aso.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;

/**
 * The zones of one calendar text: a TZID resolved to a {@code java.time} zone, in this order:
 * <ol>
 *   <li>a zone id {@code java.time} knows ({@code Europe/Paris}, {@code UTC}, {@code +02:00}),
 *       letter case aside;
 *   <li>a Windows zone name as Outlook sends it ({@code W. Europe Standard Time}), or the city list of
 *       a Windows display name ({@code (UTC+01:00) Brussels, Copenhagen, Madrid, Paris}), after the
 *       CLDR mapping in {@code windows-zones.txt}; a display name not in the table is tried city by
 *       city against the last part of the zone ids, and kept if the zone's standard offset is the one
 *       the name shows;
 *   <li>a path whose tail is a zone id ({@code /mozilla.org/20050126_1/Europe/Paris},
 *       {@code /citadel.org/20190914_1/Europe/Paris});
 *   <li>the text's own VTIMEZONE of that TZID: the zone whose offsets and clock changes in the
 *       year of the date agree with its observances; failing that, one with the same offsets
 *       changing in the same months (Apple's VTIMEZONEs with {@code RRULE:FREQ=YEARLY;BYMONTH=3}
 *       and no BYDAY end here); a VTIMEZONE without clock changes that year is its fixed offset.
 * </ol>
 * Otherwise {@code calendar.zone.unknown} with the detail {@code tzid}. Ids with {@code ~} (ical4j's
 * own zone ids) are never looked up. Not thread-safe: one per read.
 */
final class Zones {
    private static final Pattern DISPLAY = Pattern.compile("\\((?:UTC|GMT)(?:([+-])(\\d{1,2}):?(\\d{2}))?\\)\\s*(.*)");
    private static final Pattern ID_CHARS = Pattern.compile("[A-Za-z0-9/_+\\-:.]{1,100}");

    private final Map<String, Node> vtimezones = new HashMap<>();
    /** Most (TZID, year) pairs matched against the zones in one read; the work of each is some 600 zones. */
    static final int MAX_MATCHES = 20;

    private final Map<String, ZoneId> resolved = new HashMap<>();
    private final Map<String, ZoneId> firstMatch = new HashMap<>();
    private final Deadline deadline;

    Zones(Node calendar, Deadline deadline) {
        this.deadline = deadline;
        for (Node tz : calendar.children("VTIMEZONE")) {
            tz.prop("TZID").ifPresent(p -> vtimezones.putIfAbsent(ContentParser.unquote(p.value()), tz));
        }
    }

    /**
     * The zone of a TZID, for a date near {@code near} (used only when the text's own VTIMEZONE
     * must be matched).
     *
     * @throws Refusal with {@code calendar.zone.unknown}
     */
    ZoneId zone(String tzid, LocalDateTime near) {
        String id = ContentParser.unquote(tzid);
        Optional<ZoneId> known = known(id);
        if (known.isPresent()) {
            return known.get();
        }
        String key = id + "\u0000" + near.getYear();
        ZoneId z = resolved.get(key);
        if (z == null) {
            if (resolved.size() >= MAX_MATCHES && firstMatch.containsKey(id)) {
                return firstMatch.get(id); // enough years matched: the first answer stands for the others
            }
            Node tz = vtimezones.get(id);
            z = tz == null ? null : fromObservances(tz, near.getYear());
            if (z == null) {
                throw unknown(id);
            }
            resolved.put(key, z);
            firstMatch.putIfAbsent(id, z);
        }
        return z;
    }

    static Refusal unknown(String tzid) {
        return new Refusal(Problem.of("calendar.zone.unknown", "Unknown time zone: " + ContentParser.clip(tzid))
                .with("tzid", ContentParser.clip(tzid)));
    }

    /** A zone known by its name alone (steps 1 to 3 of the class comment). */
    static Optional<ZoneId> known(String tzid) {
        String id = ContentParser.unquote(tzid).strip();
        if (id.isEmpty() || id.length() > 200 || id.indexOf('~') >= 0) {
            return Optional.empty();
        }
        Optional<ZoneId> z = iana(id);
        if (z.isPresent()) {
            return z;
        }
        String windows = Tables.WINDOWS.get(id.toLowerCase(Locale.ROOT));
        if (windows != null) {
            return iana(windows);
        }
        Matcher m = DISPLAY.matcher(id);
        if (m.matches()) {
            return display(m);
        }
        if (id.indexOf('/') >= 0) {
            String[] parts = id.split("/");
            for (int k = Math.min(3, parts.length); k >= 1; k--) {
                String tail = String.join("/", java.util.Arrays.copyOfRange(parts, parts.length - k, parts.length));
                Optional<ZoneId> t = iana(tail);
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ZoneId> display(Matcher m) {
        String cities = m.group(4).strip();
        String windows = Tables.WINDOWS.get(("(" + cities + ")").toLowerCase(Locale.ROOT));
        if (windows != null) {
            return iana(Tables.WINDOWS.getOrDefault(windows.toLowerCase(Locale.ROOT), windows));
        }
        int seconds = m.group(1) == null ? 0
                : (m.group(1).equals("-") ? -1 : 1) * (Integer.parseInt(m.group(2)) * 3600 + Integer.parseInt(m.group(3)) * 60);
        if (Math.abs(seconds) > 18 * 3600) {
            return Optional.empty();
        }
        ZoneOffset shown = ZoneOffset.ofTotalSeconds(seconds);
        for (String city : cities.split(",")) {
            String name = city.strip().replace(' ', '_').toLowerCase(Locale.ROOT);
            String zone = Tables.BY_CITY.get(name);
            if (zone != null) {
                ZoneRules rules = rulesOf(zone);
                if (rules != null && rules.getStandardOffset(Instant.parse("2025-01-15T00:00:00Z")).equals(shown)) {
                    return Optional.of(ZoneId.of(zone));
                }
            }
        }
        return Optional.empty();
    }

    /** A zone id of {@code java.time}, letter case aside, or a fixed offset. */
    static Optional<ZoneId> iana(String id) {
        if (!ID_CHARS.matcher(id).matches()) {
            return Optional.empty();
        }
        String exact = Tables.IDS.get(id.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(ZoneId.of(exact));
        }
        if (id.equals("Z") || id.matches("(?:UTC|GMT|UT)?[+-]\\d{1,2}(?::?\\d{2}(?::?\\d{2})?)?")) {
            try {
                return Optional.of(ZoneId.of(id).normalized());
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------ a VTIMEZONE of the text

    private record Transition(Instant at, ZoneOffset from, ZoneOffset to, int month) {}

    private record Observance(LocalDateTime start, ZoneOffset from, ZoneOffset to, Optional<RecurrenceRule> rule,
                              List<LocalDateTime> rdates) {}

    private ZoneId fromObservances(Node tz, int year) {
        List<Observance> obs = new ArrayList<>();
        for (Node o : tz.children) {
            if (!o.name().equals("STANDARD") && !o.name().equals("DAYLIGHT")) {
                continue;
            }
            Optional<Node.Prop> start = o.prop("DTSTART");
            Optional<Node.Prop> from = o.prop("TZOFFSETFROM");
            Optional<Node.Prop> to = o.prop("TZOFFSETTO");
            if (start.isEmpty() || from.isEmpty() || to.isEmpty()) {
                continue;
            }
            Optional<RecurrenceRule> rule = o.prop("RRULE").flatMap(r -> RecurrenceRule.parse(r.value().strip())
                    .fold(problems -> Optional.<RecurrenceRule>empty(), Optional::of));
            List<LocalDateTime> rdates = new ArrayList<>();
            for (Node.Prop r : o.all("RDATE")) {
                for (String v : Values.list(r.value())) {
                    if (rdates.size() < 1000) {
                        rdates.add(Values.when(r, v).local());
                    }
                }
            }
            obs.add(new Observance(Values.when(start.get()).local(), Values.offset(from.get()), Values.offset(to.get()),
                    rule, rdates));
        }
        if (obs.isEmpty()) {
            return null;
        }
        List<Transition> transitions = new ArrayList<>();
        for (Observance o : obs) {
            deadline.check();
            List<LocalDateTime> locals = new ArrayList<>(o.rdates());
            locals.add(o.start());
            if (o.rule().isPresent() && o.start().getYear() <= year) {
                locals.addAll(ruleIn(o, year));
            }
            for (LocalDateTime l : locals) {
                if (l.getYear() == year && transitions.size() < 50) {
                    transitions.add(new Transition(l.toInstant(o.from()), o.from(), o.to(), l.getMonthValue()));
                }
            }
        }
        transitions.sort(Comparator.comparing(Transition::at));
        ZoneOffset atStart = transitions.isEmpty() ? offsetBefore(obs, year) : transitions.get(0).from();
        if (transitions.isEmpty()) {
            return atStart;
        }
        Instant yearStart = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofDays(1));
        ZoneId loose = null;
        for (String candidate : Tables.CANDIDATES) {
            deadline.check();
            ZoneRules rules = rulesOf(candidate);
            if (rules == null || !rules.getOffset(yearStart).equals(atStart)) {
                continue;
            }
            List<ZoneOffsetTransition> theirs = transitionsIn(rules, year);
            if (theirs.size() != transitions.size()) {
                continue;
            }
            boolean exact = true;
            boolean same = true;
            for (int i = 0; i < theirs.size(); i++) {
                Transition ours = transitions.get(i);
                ZoneOffsetTransition t = theirs.get(i);
                exact &= t.getInstant().equals(ours.at()) && t.getOffsetBefore().equals(ours.from())
                        && t.getOffsetAfter().equals(ours.to());
                same &= t.getOffsetBefore().equals(ours.from()) && t.getOffsetAfter().equals(ours.to())
                        && t.getDateTimeBefore().getMonthValue() == ours.month();
            }
            if (exact) {
                return ZoneId.of(candidate);
            }
            if (same && loose == null) {
                loose = ZoneId.of(candidate);
            }
        }
        return loose;
    }

    private List<LocalDateTime> ruleIn(Observance o, int year) {
        Instant from = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).minus(Duration.ofDays(2));
        Instant to = LocalDateTime.of(Math.min(year + 1, 9999), 1, 1, 0, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofDays(2));
        try {
            Recurrence r = Recurrence.of(o.start().atZone(ZoneOffset.UTC), Duration.ZERO, o.rule().get());
            return r.expand(Interval.of(from, to)).fold(p -> List.<Occurrence>of(), list -> list).stream()
                    .limit(50).map(occ -> LocalDateTime.ofInstant(occ.start(), ZoneOffset.UTC)).toList();
        } catch (IllegalArgumentException e) {
            return List.of(); // a start outside the supported range: no changes from this rule
        }
    }

    private static ZoneOffset offsetBefore(List<Observance> obs, int year) {
        LocalDateTime yearStart = LocalDateTime.of(year, 1, 1, 0, 0);
        Observance best = null;
        for (Observance o : obs) {
            if (!o.start().isAfter(yearStart) && (best == null || o.start().isAfter(best.start()))) {
                best = o;
            }
        }
        if (best != null) {
            return best.to();
        }
        return obs.stream().min(Comparator.comparing(Observance::start)).orElseThrow().from();
    }

    /**
     * The rules of a zone id, or null: another library's ZoneRulesProvider in the host (ical4j
     * registers one for the VTIMEZONEs its CalendarBuilder reads, whose ids can shadow a listed
     * one) may fail for an id java.time lists, even with a NullPointerException.
     */
    private static ZoneRules rulesOf(String id) {
        try {
            return ZoneId.of(id).getRules();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<ZoneOffsetTransition> transitionsIn(ZoneRules rules, int year) {
        Instant start = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1));
        Instant end = LocalDateTime.of(Math.min(year + 1, 9999), 1, 1, 0, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofDays(1));
        List<ZoneOffsetTransition> out = new ArrayList<>();
        ZoneOffsetTransition t = rules.nextTransition(start);
        while (t != null && t.getInstant().isBefore(end) && out.size() < 10) {
            if (t.getDateTimeBefore().getYear() == year) {
                out.add(t);
            }
            t = rules.nextTransition(t.getInstant());
        }
        return out;
    }

    // ------------------------------------------------------------------ tables

    /** The zone ids and the Windows table, read once. */
    private static final class Tables {
        /** Lower-case id to the id {@code java.time} knows. */
        static final Map<String, String> IDS;
        /** Lower-case last part of an id (a city) to the id; the first in sorted order wins. */
        static final Map<String, String> BY_CITY;
        /** Lower-case Windows name (or "(city list)") to IANA id (or Windows name). */
        static final Map<String, String> WINDOWS;
        /** The zones tried against a VTIMEZONE: those of the Windows table first, then the others, sorted. */
        static final List<String> CANDIDATES;

        static {
            Map<String, String> ids = new HashMap<>();
            Map<String, String> cities = new TreeMap<>();
            TreeSet<String> all = new TreeSet<>();
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.indexOf('~') >= 0) {
                    continue;
                }
                ids.put(id.toLowerCase(Locale.ROOT), id);
                all.add(id);
            }
            for (String id : all) {
                int slash = id.lastIndexOf('/');
                if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
                    cities.putIfAbsent(id.substring(slash + 1).toLowerCase(Locale.ROOT), id);
                }
            }
            Map<String, String> windows = new HashMap<>();
            try (InputStream in = Zones.class.getResourceAsStream("windows-zones.txt")) {
                if (in == null) {
                    throw new IllegalStateException("windows-zones.txt is missing from aso-calendar");
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    int tab = line.indexOf('\t');
                    if (line.startsWith("#") || tab < 0) {
                        continue;
                    }
                    windows.put(line.substring(0, tab).strip().toLowerCase(Locale.ROOT), line.substring(tab + 1).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            TreeSet<String> preferred = new TreeSet<>();
            windows.values().stream().filter(ids::containsValue).forEach(preferred::add);
            List<String> candidates = new ArrayList<>(preferred);
            all.stream().filter(id -> !preferred.contains(id) && !id.startsWith("SystemV/")).forEach(candidates::add);
            IDS = Map.copyOf(ids);
            BY_CITY = Map.copyOf(cities);
            WINDOWS = Map.copyOf(windows);
            CANDIDATES = List.copyOf(candidates);
        }

        private Tables() {}
    }
}
