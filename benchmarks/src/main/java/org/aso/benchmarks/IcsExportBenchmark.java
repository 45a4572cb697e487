package org.aso.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Calendar;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.kernel.Interval;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A directorate's 10,000 meetings of 2026 ({@link MeetingFeed}: Paris, New York and Tokyo, 5 to 20
 * attendees, agenda items, accented and Japanese text, weekly series with an EXDATE, a moved, a
 * cancelled and a re-roomed occurrence) written as iCalendar text and read back.
 *
 * <p>Writing, two shapes: a feed (one calendar, METHOD:PUBLISH, no attendees as RFC 5546 has it)
 * and a REQUEST per meeting (with its attendees and overrides). {@code aso*} goes through the
 * facade ({@link Ics#publish}, {@link Ics#request}); {@code ical4j*} is the plain ical4j 4.3 path
 * ({@link PlainIcal4j}) writing the same properties.
 *
 * <p>Reading ({@link Texts}): our feed's text, or the plain path's (the same events, with ical4j's
 * VTIMEZONEs of the zones' whole history), read as busy time over 2026-2027 by {@link Ics#busy},
 * or parsed by a new ical4j {@code CalendarBuilder} (which builds ical4j's objects and nothing
 * else).
 *
 * <p>Each invocation does the whole feed, so the mode is single-shot (one call per iteration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class IcsExportBenchmark {
    static final int MEETINGS = 10_000;
    static final Instant STAMP = Instant.parse("2026-01-02T08:00:00Z");

    /** The window of {@link Ics#busy}: 2026 and 2027, which holds every meeting of the feed. */
    static final Interval WINDOW = Interval.of(Instant.parse("2025-12-31T00:00:00Z"), Instant.parse("2027-12-31T00:00:00Z"));

    /** How many meetings: {@link #MEETINGS}, fewer in tests. */
    int size = MEETINGS;
    MeetingFeed feed;
    PlainIcal4j plain;
    Ics ics;

    @Setup(Level.Trial)
    public void setUp() {
        feed = MeetingFeed.generate(size, 42);
        plain = new PlainIcal4j(feed.people, feed.rooms, MeetingFeed.UID_DOMAIN);
        ics = facade(feed);
    }

    /** The facade over the feed's people and rooms, in French, with limits that admit the 10,000 meetings. */
    static Ics facade(MeetingFeed feed) {
        return Ics.builder(Ics.Directory.of(feed.people, feed.rooms)).locale(Locale.FRENCH)
                .uidDomain(MeetingFeed.UID_DOMAIN)
                .limits(new Ics.Limits(64 * 1024 * 1024, 100_000, Duration.ofSeconds(60))).build();
    }

    /** The text read by the reading benchmarks. */
    @State(Scope.Benchmark)
    public static class Texts {
        /** {@code aso}: our feed; {@code ical4j}: the plain path's feed (ical4j's own VTIMEZONEs, its line folding). */
        @Param({"aso", "ical4j"})
        public String source;

        String text;

        @Setup(Level.Trial)
        public void setUp(IcsExportBenchmark b) {
            text = source.equals("aso") ? b.asoFeed() : b.ical4jFeed();
        }
    }

    /** (a) The feed through the facade: {@link Ics#publish}. */
    @Benchmark
    public String asoFeed() {
        return ics.publish(feed.meetings, STAMP).getOrElseThrow(p -> new IllegalStateException(p.toString())).text();
    }

    /** (a') A REQUEST per meeting through the facade: {@link Ics#request}. */
    @Benchmark
    public List<String> asoRequests() {
        List<String> out = new ArrayList<>(feed.meetings.size());
        for (Meeting m : feed.meetings) {
            out.add(ics.request(m, STAMP).getOrElseThrow(p -> new IllegalStateException(p.toString())).text());
        }
        return out;
    }

    /** (c) The text read as busy time by {@link Ics#busy}. */
    @Benchmark
    public List<FreeBusy> asoBusy(Texts texts) {
        return ics.busy(texts.text, WINDOW).getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** (b) The feed through plain ical4j: VEvents, {@code Calendar.add}, {@code CalendarOutputter}. */
    @Benchmark
    public String ical4jFeed() {
        return plain.feed(feed.meetings, STAMP);
    }

    /** (b') A REQUEST per meeting through plain ical4j. */
    @Benchmark
    public List<String> ical4jRequests() {
        return plain.requests(feed.meetings, STAMP);
    }

    /** (d) The text parsed by ical4j's {@code CalendarBuilder}. */
    @Benchmark
    public Calendar ical4jParse(Texts texts) {
        return PlainIcal4j.parse(texts.text);
    }
}
