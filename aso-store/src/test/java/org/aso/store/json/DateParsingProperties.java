package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The direct reading of dates and instants agrees with java.time's parsers, on their forms and on near misses. */
class DateParsingProperties {

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond())
                .flatMap(sec -> Arbitraries.of(0, 1_000_000, 123_000_000, 123_456_000, 123_456_789, 999_999_999)
                        .map(nanos -> Instant.ofEpochSecond(sec, nanos)));
    }

    @Property(tries = 2000)
    void an_instant_as_written_reads_back(@ForAll("instants") Instant i) {
        assertThat(Scalars.instant(i.toString())).isEqualTo(i);
        LocalDate d = LocalDate.ofInstant(i, java.time.ZoneOffset.UTC);
        assertThat(Scalars.date(d.toString())).isEqualTo(d);
    }

    @Provide
    Arbitrary<String> nearMisses() {
        Arbitrary<String> base = Arbitraries.of("2026-03-02T09:00:00Z", "2026-03-02T09:00:00.123Z", "2026-03-02",
                "2026-02-29", "2026-13-01", "2026-03-02T24:00:00Z", "2026-03-02T09:00:60Z", "2026-03-02T09:00:00.1234Z");
        return base.flatMap(s -> Arbitraries.integers().between(0, s.length() - 1).flatMap(at ->
                Arbitraries.of('0', '9', '-', ':', 'T', 'Z', '.', 'x', '+', '\u0663').map(c ->
                        s.substring(0, at) + c + s.substring(at + 1))));
    }

    @Property(tries = 3000)
    void a_near_miss_reads_as_java_time_reads_it_or_is_refused_by_both(@ForAll("nearMisses") String s) {
        assertThat(outcome(Scalars::instant, s)).isEqualTo(outcome(Instant::parse, s));
        assertThat(outcome(Scalars::date, s)).isEqualTo(outcome(LocalDate::parse, s));
    }

    private static <T> Optional<T> outcome(Function<String, T> parse, String s) {
        try {
            return Optional.of(parse.apply(s));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
