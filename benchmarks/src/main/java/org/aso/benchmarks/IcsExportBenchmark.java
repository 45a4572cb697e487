package org.aso.benchmarks;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Calendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * and a REQUEST per meeting (with its attendees and overrides). {@code ical4j*} is the plain
 * ical4j 4.3 path ({@link PlainIcal4j}). Reading: the feed's text parsed by a new ical4j
 * {@code CalendarBuilder}.
 *
 * <p>Each invocation does the whole feed, so the mode is single-shot (one call per iteration).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class IcsExportBenchmark {
    static final int MEETINGS = 10_000;
    static final Instant STAMP = Instant.parse("2026-01-02T08:00:00Z");

    MeetingFeed feed;
    PlainIcal4j plain;
    /** The feed's text, parsed by the reading benchmarks. */
    String feedText;

    @Setup(Level.Trial)
    public void setUp() {
        feed = MeetingFeed.generate(MEETINGS, 42);
        plain = new PlainIcal4j(feed.people, feed.rooms, MeetingFeed.UID_DOMAIN);
        feedText = plain.feed(feed.meetings, STAMP);
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

    /** (d) The feed's text parsed by ical4j's {@code CalendarBuilder}. */
    @Benchmark
    public Calendar ical4jParse() {
        return PlainIcal4j.parse(feedText);
    }
}
