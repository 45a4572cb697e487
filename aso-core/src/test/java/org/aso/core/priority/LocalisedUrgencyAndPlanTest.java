package org.aso.core.priority;

import static org.aso.core.fixtures.KernelFixtures.PARIS;
import static org.aso.core.fixtures.KernelFixtures.paris;
import static org.aso.core.fixtures.PriorityFixtures.item;
import static org.aso.core.fixtures.PriorityFixtures.replyToDeputy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

/** The urgency breakdown's reasons and the day's plan, word for word in French and English. */
class LocalisedUrgencyAndPlanTest {
    private final Triage triage = Triage.of(UrgencyPolicy.defaults(), paris());

    private static List<String> reasons(Urgency u, Locale locale) {
        return u.breakdown().stream().map(c -> c.reason(locale)).toList();
    }

    @Test
    void urgencyReasons_beforeTheDueDay_showTheDueTimeOnTheCalendarsClock() {
        // due Friday 10 May 2024 17:30 in Paris (15:30 UTC); it is Tuesday 7 May 09:00
        Urgency u = triage.score(replyToDeputy(), Instant.parse("2024-05-07T07:00:00Z"));
        assertThat(reasons(u, Locale.FRENCH)).containsExactly(
                "échéance vendredi 10 mai 2024 à 17 h 30, dans 3,4 jours",
                "ne bloque aucune tâche ouverte",
                "importance haute",
                "créée il y a 8,0 jours (plafond 365,0 jours)",
                "n’attend personne",
                "non bloquée",
                "degré Urgent (rang 2 sur 4)",
                "sensible : Member of parliament",
                "15 h de temps ouvré restant pour 3 h de travail",
                "pas plus d’une semaine de retard");
        assertThat(reasons(u, Locale.ENGLISH)).containsExactly(
                "due Fri 10 May 2024 17:30, in 3.4 days",
                "blocks no open task",
                "high importance",
                "created 8.0 days ago (cap 365.0 days)",
                "not waiting",
                "not blocked",
                "grade Urgent (rank 2 of 4)",
                "sensitive: Member of parliament",
                "15h of working time left for 3h of work",
                "not more than a week overdue");
        // the methods without a locale keep their English, with the due instant in UTC
        assertThat(u.breakdown().get(0).reason()).isEqualTo("due 2024-05-10T15:30:00Z, in 3.4 days");
    }

    @Test
    void urgencyReasons_twoWeeksLate_countTheDaysOverdue() {
        Urgency u = triage.score(replyToDeputy(), Instant.parse("2024-05-24T15:30:00Z"));
        assertThat(reasons(u, Locale.FRENCH)).containsExactly(
                "échéance vendredi 10 mai 2024 à 17 h 30, il y a 14,0 jours",
                "ne bloque aucune tâche ouverte",
                "importance haute",
                "créée il y a 25,3 jours (plafond 365,0 jours)",
                "n’attend personne",
                "non bloquée",
                "degré Urgent (rang 2 sur 4)",
                "sensible : Member of parliament",
                "plus de temps ouvré",
                "14,0 jours de retard, dont 7,0 au-delà de la première semaine");
        assertThat(reasons(u, Locale.ENGLISH)).containsExactly(
                "due Fri 10 May 2024 17:30, 14.0 days ago",
                "blocks no open task",
                "high importance",
                "created 25.3 days ago (cap 365.0 days)",
                "not waiting",
                "not blocked",
                "grade Urgent (rank 2 of 4)",
                "sensitive: Member of parliament",
                "no working time left",
                "14.0 days overdue, 7.0 beyond the first week");
    }

    @Test
    void urgencyReasons_countDaysWithEachLanguagesPlural() {
        Instant due = Instant.parse("2024-05-10T15:30:00Z");
        Contribution oneDay = triage.score(replyToDeputy(), due.minus(Duration.ofHours(24))).breakdown().get(0);
        assertThat(oneDay.reason(Locale.FRENCH)).isEqualTo("échéance vendredi 10 mai 2024 à 17 h 30, dans 1,0 jour");
        assertThat(oneDay.reason(Locale.ENGLISH)).isEqualTo("due Fri 10 May 2024 17:30, in 1.0 day");
        Contribution dayAndAHalf = triage.score(replyToDeputy(), due.minus(Duration.ofHours(36))).breakdown().get(0);
        assertThat(dayAndAHalf.reason(Locale.FRENCH)).isEqualTo("échéance vendredi 10 mai 2024 à 17 h 30, dans 1,5 jour");
        assertThat(dayAndAHalf.reason(Locale.ENGLISH)).isEqualTo("due Fri 10 May 2024 17:30, in 1.5 days");
    }

    @Test
    void aReasonAHostGave_isShownAsGivenInEveryLanguage() {
        Contribution own = Contribution.of(UrgencyTerm.GRADE, 0.5, 5, "grade set by the head of unit");
        assertThat(own.reason(Locale.FRENCH)).isEqualTo("grade set by the head of unit");
        assertThat(own.reason(Locale.ENGLISH)).isEqualTo(own.reason());
    }

    @Test
    void dayPlan_asText_listsBlocksOnTheReadersClockAndWhatWasLeftOut() {
        ZonedDateTime monday = ZonedDateTime.of(2026, 7, 13, 0, 0, 0, 0, PARIS);
        Interval window = Interval.of(monday.toInstant(), monday.plusDays(2).toInstant());
        FreeTime free = FreeTime.of(paris(), AgendaFixtures.agenda(), PersonId.of("alice"), window,
                List.of(Interval.of(monday.withHour(12).toInstant(), Duration.ofMinutes(90))));
        DayPlan plan = DayPlanner.plan(List.of(
                item("report", 120).due(monday.withHour(17).toInstant()).build(),
                item("letters", 180).urgency(0.9).splittable(true).build(),
                item("archive", 480).urgency(0.1).build()), free, window).get();
        assertThat(plan.toText(PARIS, Locale.FRENCH)).isEqualTo("""
                Plan du lundi 13 juillet 2026 à 0 h 00 au mercredi 15 juillet 2026 à 0 h 00 (Europe/Paris)
                lundi 13 juillet 2026 à 9 h 00 – 11 h 00 : report
                lundi 13 juillet 2026 à 11 h 00 – 12 h 00 : letters
                lundi 13 juillet 2026 à 13 h 30 – 15 h 30 : letters
                Non placée : archive, 8 h de travail : plus assez de temps libre dans la période""");
        assertThat(plan.toText(PARIS, Locale.ENGLISH)).isEqualTo("""
                Plan from Mon 13 Jul 2026 00:00 to Wed 15 Jul 2026 00:00 (Europe/Paris)
                Mon 13 Jul 2026 09:00 - 11:00: report
                Mon 13 Jul 2026 11:00 - 12:00: letters
                Mon 13 Jul 2026 13:30 - 15:30: letters
                Not placed: archive, 8h of work: not enough free time left in the window""");
        // no block at all
        DayPlan none = DayPlanner.plan(List.of(item("archive", 60).build()),
                FreeTime.of(paris(), AgendaFixtures.agenda(), PersonId.of("alice"), window, List.of(window)), window).get();
        assertThat(none.toText(PARIS, Locale.FRENCH)).endsWith("(Europe/Paris)\nRien de planifié"
                + "\nNon placée : archive, 1 h de travail : plus assez de temps libre dans la période");
    }
}
