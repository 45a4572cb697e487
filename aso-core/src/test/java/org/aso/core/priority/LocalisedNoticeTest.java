package org.aso.core.priority;

import static org.aso.core.fixtures.PriorityFixtures.replyToDeputy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.junit.jupiter.api.Test;

/** Escalation notices word for word in French and English, on the calendar's clock. */
class LocalisedNoticeTest {
    private final Escalation escalation = Escalation.of(EscalationPolicy.defaults(), KernelFixtures.paris(),
            PriorityFixtures.orgChart());

    private List<Notice> noticesAt(Instant at) {
        return escalation.evaluate(NoticeLog.empty(), List.of(replyToDeputy()),
                Context.of(at, PriorityFixtures.OFFICER, Clearance.none())).get().notices();
    }

    @Test
    void reminder_givesTheDueTimeInParisAndTheNoticeInWorkingDays() {
        Instant at = Instant.parse("2024-05-06T07:00:00Z");
        Notice reminder = noticesAt(at).get(0);
        assertThat(reminder.kind()).isEqualTo(NoticeKind.REMINDER);
        assertThat(escalation.text(reminder, replyToDeputy(), at, Locale.FRENCH)).isEqualTo("« Reply to the deputy's"
                + " letter » (p-17, unité S2) : échéance le vendredi 10 mai 2024 à 17 h 30 (préavis de 2 jours ouvrés)");
        assertThat(escalation.text(reminder, replyToDeputy(), at, Locale.ENGLISH)).isEqualTo("'Reply to the deputy's"
                + " letter' (p-17, unit S2) is due Fri 10 May 2024 17:30 (2 working days’ notice)");
    }

    @Test
    void overdueAndEscalation_countTheWorkingDaysLateWithTheirPlural() {
        Instant at = Instant.parse("2024-05-21T12:00:00Z");
        List<Notice> notices = noticesAt(at);
        assertThat(notices).extracting(Notice::kind)
                .containsExactly(NoticeKind.OVERDUE, NoticeKind.ESCALATION, NoticeKind.EXCEPTION_REPORT);
        String lateFr = "« Reply to the deputy's letter » (p-17, unité S2) : échéance dépassée depuis le vendredi"
                + " 10 mai 2024 à 17 h 30 ; 6 jours ouvrés de retard le mardi 21 mai 2024 à 14 h 00";
        String lateEn = "'Reply to the deputy's letter' (p-17, unit S2) was due Fri 10 May 2024 17:30;"
                + " 6 working days overdue at Tue 21 May 2024 14:00";
        assertThat(escalation.text(notices.get(0), replyToDeputy(), at, Locale.FRENCH)).isEqualTo(lateFr);
        assertThat(escalation.text(notices.get(0), replyToDeputy(), at, Locale.ENGLISH)).isEqualTo(lateEn);
        assertThat(escalation.text(notices.get(1), replyToDeputy(), at, Locale.FRENCH))
                .isEqualTo(lateFr + " ; signalé au responsable de l’unité au-dessus de S2");
        assertThat(escalation.text(notices.get(1), replyToDeputy(), at, Locale.ENGLISH))
                .isEqualTo(lateEn + "; escalated to the head of the unit above S2");
        assertThat(escalation.text(notices.get(2), replyToDeputy(), at, Locale.ENGLISH)).isEqualTo(lateEn);
        // one working day late (the weekend of 11-12 May does not count)
        Instant monday = Instant.parse("2024-05-13T10:00:00Z");
        assertThat(escalation.text(notices.get(0), replyToDeputy(), monday, Locale.FRENCH))
                .endsWith("; 1 jour ouvré de retard le lundi 13 mai 2024 à 12 h 00");
        assertThat(escalation.text(notices.get(0), replyToDeputy(), monday, Locale.ENGLISH))
                .endsWith("; 1 working day overdue at Mon 13 May 2024 12:00");
    }

    @Test
    void text_ofAnotherTask_isRefused() {
        Notice n = noticesAt(Instant.parse("2024-05-21T12:00:00Z")).get(0);
        Task other = Task.builder().id(TaskId.of("t-2")).title("Other").assignee(PriorityFixtures.OFFICER)
                .unit(PriorityFixtures.S2).grade(PriorityFixtures.URGENT).importance(Importance.HIGH)
                .createdAt(Instant.parse("2024-04-29T08:00:00Z")).build();
        assertThatThrownBy(() -> escalation.text(n, other, Instant.EPOCH, Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t-2");
    }

    @Test
    void overload_givesTheDeadlineOnThePersonsClockAndTheDurationsAsEachLanguageWritesThem() {
        Overload w = new Overload(Instant.parse("2024-05-10T15:30:00Z"), java.time.Duration.ofHours(12),
                java.time.Duration.ofMinutes(570), List.of(TaskId.of("t-1"), TaskId.of("t-2")));
        assertThat(w.text(KernelFixtures.PARIS, Locale.FRENCH)).isEqualTo("D’ici le vendredi 10 mai 2024 à 17 h 30 :"
                + " 12 h de travail pour 9 h 30 de temps libre, soit 2 h 30 de trop ; tâches menacées : t-1 et t-2");
        assertThat(w.text(KernelFixtures.PARIS, Locale.ENGLISH)).isEqualTo("By Fri 10 May 2024 17:30:"
                + " 12h of work for 9h30 of free time, 2h30 short; at risk: t-1 and t-2");
        assertThat(w.text(java.time.ZoneId.of("America/New_York"), Locale.ENGLISH)).startsWith("By Fri 10 May 2024 11:30:");
    }
}
