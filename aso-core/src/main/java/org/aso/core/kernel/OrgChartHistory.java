package org.aso.core.kernel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The organisation charts a section has had, each with the instant from which it is in force, so
 * that a question about superiors is answered with the chart in force at the time it is about.
 *
 * <p>The first chart is in force from the beginning (also before its own instant: there is no
 * earlier one to ask); each later one from its instant until the next one's. A reorganisation adds
 * a chart ({@link #then}); the older charts are kept, so a notice sent before it still names the
 * superiors of the time.
 *
 * <pre>{@code
 * OrgChartHistory charts = OrgChartHistory.of(before)
 *         .then(Instant.parse("2026-04-01T00:00:00+02:00"), after);
 * charts.at(Instant.parse("2026-03-31T12:00:00Z")); // before
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param versions the charts with their instants, oldest first (copied)
 */
public record OrgChartHistory(List<Version> versions) {

    /**
     * A chart and the instant from which it is in force.
     *
     * @param from when it comes into force
     * @param chart the chart
     */
    public record Version(Instant from, OrgChart chart) {
        /**
         * A version.
         *
         * @param from when it comes into force; not null, within {@link Limits#contains(Instant)}
         * @param chart the chart; not null
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if {@code from} is outside the supported range
         */
        public Version {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(chart, "chart");
            if (!Limits.contains(from)) {
                throw new IllegalArgumentException("A chart's instant outside the supported range: " + from);
            }
        }
    }

    /**
     * A history.
     *
     * @param versions the versions; not null, not empty, no null element, each strictly after the one before
     * @throws NullPointerException if the list or a version is null
     * @throws IllegalArgumentException if it is empty or a version is not strictly after the one before
     */
    public OrgChartHistory {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("An org chart history holds at least one chart");
        }
        for (int i = 1; i < versions.size(); i++) {
            if (!versions.get(i).from().isAfter(versions.get(i - 1).from())) {
                throw new IllegalArgumentException("Charts in force from " + versions.get(i - 1).from() + " then "
                        + versions.get(i).from() + ": each must come after the one before");
            }
        }
    }

    /**
     * {@return a history of one chart, in force at every instant}
     *
     * @param chart the chart; not null
     * @throws NullPointerException if the chart is null
     */
    public static OrgChartHistory of(OrgChart chart) {
        return new OrgChartHistory(List.of(new Version(Limits.MIN_INSTANT, chart)));
    }

    /**
     * {@return a copy in which {@code chart} is in force from {@code from}}
     *
     * @param from when the chart comes into force; not null, after {@link #latestFrom()}
     * @param chart the chart; not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code from} is not after the last chart's instant, or outside
     *     the supported range
     */
    public OrgChartHistory then(Instant from, OrgChart chart) {
        List<Version> all = new ArrayList<>(versions);
        all.add(new Version(from, chart));
        return new OrgChartHistory(all);
    }

    /** {@return the instant from which the latest chart is in force ({@link Limits#MIN_INSTANT} for a history made by {@link #of})} */
    public Instant latestFrom() {
        return versions.get(versions.size() - 1).from();
    }

    /** {@return the latest chart} */
    public OrgChart latest() {
        return versions.get(versions.size() - 1).chart();
    }

    /**
     * {@return the chart in force at an instant: the last one whose instant is not after it, or the
     * first chart for an instant before every version; cost follows the number of versions}
     *
     * @param at the instant; not null
     * @throws NullPointerException if {@code at} is null
     */
    public OrgChart at(Instant at) {
        Objects.requireNonNull(at, "at");
        OrgChart found = versions.get(0).chart();
        for (Version v : versions) {
            if (v.from().isAfter(at)) {
                break;
            }
            found = v.chart();
        }
        return found;
    }
}
