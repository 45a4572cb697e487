package org.aso.calendar;

import org.aso.core.fixtures.DebianTools;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.calendar.InteropScenarios.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our iCalendar text against independent implementations (Debian packages): every scenario's file
 * is stored by Radicale (HTTP 201 on PUT into a calendar collection), read by python-icalendar,
 * and its occurrences in 2026 as recurring-ical-events and khal expand them equal ours
 * ({@link org.aso.core.agenda.Meeting#places}); Radicale's copy of each meeting, written again
 * by its own serialiser, reads back through {@link Ics#meeting} with the same occurrences. Run
 * with {@code -Pinterop} (as .ci/run does); skipped, saying why, when a tool is missing.
 */
@Tag("interop")
class InteropTest {
    @TempDir
    static Path dir;
    private static Radicale radicale;
    private static long started;
    private static final List<String> RAN = Collections.synchronizedList(new ArrayList<>());

    private static List<String> missing = List.of();

    @BeforeAll
    static void startRadicale() throws Exception {
        started = System.nanoTime();
        missing = InteropTools.missing();
        if (missing.isEmpty()) {
            radicale = Radicale.start(Files.createDirectories(dir.resolve("radicale")));
        } else {
            InteropTools.skipOrFail(missing);
        }
    }

    @BeforeEach
    void skipWithoutTools() {
        Assumptions.assumeTrue(missing.isEmpty(), () -> InteropTools.why(missing));
    }

    @AfterAll
    static void stopRadicale() {
        if (radicale != null) {
            radicale.close();
        }
        List<String> lines = new ArrayList<>(RAN);
        Collections.sort(lines);
        lines.forEach(l -> System.out.println("[interop] " + l));
        System.out.println("[interop] " + lines.size() + " checks passed in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private static List<Scenario> all;

    static synchronized Stream<Scenario> scenarios() {
        if (all == null) {
            all = InteropScenarios.all();
        }
        return all.stream();
    }

    static Stream<Scenario> stored() {
        return scenarios().filter(Scenario::stored);
    }

    static Stream<Scenario> scenariosWithOccurrences() {
        return scenarios().filter(s -> s.occurrences().isPresent());
    }

    static Stream<Scenario> messages() {
        return scenarios().filter(s -> s.occurrences().isEmpty());
    }

    private static Path work(String tool, Scenario s) throws Exception {
        return Files.createDirectories(dir.resolve(tool).resolve(s.name()));
    }

    /**
     * RFC 4791 (4.1) says a stored calendar object has no METHOD; Radicale 3.1.8 does not enforce
     * it, so our bytes go in unchanged: what counts here is that its parser (vobject) and its
     * checks accept our text.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("stored")
    void radicale_stores_every_file(Scenario s) throws Exception {
        // when
        HttpResponse<String> put = s.uids() > 1 ? radicale.putCalendar(s.name(), s.text())
                : radicale.put(s.name(), "event", s.text());
        // then
        assertThat(put.statusCode()).as("PUT %s: %s\nRadicale log:\n%s", s.name(), put.body(), radicale.log())
                .isEqualTo(201);
        if (s.uids() == 1) {
            assertThat(radicale.get(s.name(), "event").body()).as("what Radicale serves back").contains("SUMMARY:");
        }
        RAN.add(s.name() + ": Radicale PUT 201");
    }

    static Stream<Scenario> storedMeetings() {
        return scenarios().filter(s -> s.method().equals("REQUEST"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedMeetings")
    void what_radicale_serves_back_is_read_as_the_same_occurrences(Scenario s) throws Exception {
        // given: the meeting stored, and served back as Radicale wrote it again (vobject)
        assertThat(radicale.put(s.name() + "-read-back", "event", s.text()).statusCode()).isEqualTo(201);
        String served = radicale.get(s.name() + "-read-back", "event").body();
        // when
        var meeting = InteropFixtures.ics(java.util.Locale.FRENCH).meeting(served);
        // then
        assertThat(meeting.isRight()).as("our reader on Radicale's copy: %s\n%s", meeting, served).isTrue();
        assertThat(InteropScenarios.occurrences(meeting.get())).containsExactlyElementsOf(s.occurrences().orElseThrow());
        RAN.add(s.name() + ": Radicale's copy read back by Ics.meeting, same " + s.occurrences().get().size()
                + " occurrence(s)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void python_icalendar_reads_every_file(Scenario s) throws Exception {
        // when
        Map<String, Object> parsed = InteropTools.parse(work("python-icalendar", s), s.text());
        // then
        List<Object> events = DebianTools.array(parsed.get("events"));
        assertThat(parsed.get("method")).as("METHOD").isEqualTo(s.method());
        assertThat(events).as("VEVENTs").hasSize(s.events());
        Map<String, Object> first = DebianTools.object(events.get(0));
        assertThat(first.get("summary")).isEqualTo(s.summary());
        assertThat(first.get("attendees")).isEqualTo((long) s.attendees());
        assertThat(first.get("dtstart")).as("DTSTART").isNotNull();
        if (!s.status().isEmpty()) {
            assertThat(first.get("status")).as("STATUS").isEqualTo(s.status());
        }
        assertThat(events.stream().map(e -> DebianTools.object(e).get("uid")).distinct()).hasSize(s.uids());
        String texts = String.join("\n", DebianTools.array(first.get("texts")).stream().map(String::valueOf).toList());
        s.texts().forEach(t -> assertThat(texts).as("texts python-icalendar decoded").contains(t));
        RAN.add(s.name() + ": python-icalendar read " + events.size() + " VEVENT(s)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenariosWithOccurrences")
    void recurring_ical_events_finds_our_occurrences(Scenario s) throws Exception {
        // when
        Set<Span> theirs = InteropTools.expand(work("recurring-ical-events", s), s.text(), InteropFixtures.YEAR_2026);
        // then
        assertThat(theirs).containsExactlyElementsOf(s.occurrences().orElseThrow());
        RAN.add(s.name() + ": recurring-ical-events found our " + theirs.size() + " occurrence(s)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenariosWithOccurrences")
    void khal_finds_our_occurrences(Scenario s) throws Exception {
        // when
        Set<Span> theirs = InteropTools.khal(work("khal", s), s.text(), InteropFixtures.YEAR_2026);
        // then
        assertThat(theirs).containsExactlyElementsOf(s.occurrences().orElseThrow());
        RAN.add(s.name() + ": khal found our " + theirs.size() + " occurrence(s)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void khal_imports_every_message(Scenario s) throws Exception {
        // when: imported and listed (khal fails on what it cannot read)
        Set<Span> listed = InteropTools.khal(work("khal", s), s.text(), InteropFixtures.YEAR_2026);
        // then
        assertThat(listed).as("what khal lists of a %s", s.method()).isNotEmpty();
        RAN.add(s.name() + ": khal imported it (" + listed.size() + " listed)");
    }
}
