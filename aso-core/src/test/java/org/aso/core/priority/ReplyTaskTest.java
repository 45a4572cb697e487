package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.junit.jupiter.api.Test;

/** The reply task made from a registered letter carries the letter's grade, deadline and sensitivities. */
class ReplyTaskTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final Triage triage = Triage.of(UrgencyPolicy.defaults(), KernelFixtures.paris());

    private static Register.Registered registered(String grade) {
        return CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures.letter(MONDAY, "Subvention")
                .grade(grade).build(), CorrespondenceFixtures.clerkOn(MONDAY)).get();
    }

    private static Instant parisAt(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(KernelFixtures.PARIS).toInstant();
    }

    @Test
    void replyTo_copiesTheLettersSourceGradeDeadlineAndRegistration() {
        // given
        Entry letter = registered("urgent").entry();
        // when
        Task reply = Task.replyTo(letter, Set.of(Sensitivity.parliament())).id(TaskId.of("t-1")).title("Reply")
                .assignee(PersonId.of("p-17")).unit(OrgUnitId.of("S2")).build();
        // then
        assertThat(reply.source().entry()).contains(letter.id());
        assertThat(reply.grade()).isEqualTo(letter.grade());
        assertThat(reply.grade().code()).isEqualTo("urgent");
        assertThat(reply.dueDate()).isEqualTo(letter.replyDue()).isPresent();
        assertThat(reply.createdAt()).isEqualTo(letter.registeredAt());
        assertThat(reply.allSensitivities()).containsExactly(Sensitivity.parliament());
    }

    @Test
    void aLetterGradedUrgent_isNotDropped_whenItsReplyIsNear() {
        // given: an urgent letter, and the reply task as hosts made it by hand before (grade and due forgotten)
        Entry letter = registered("urgent").entry();
        Task fromTheLetter = Task.replyTo(letter).id(TaskId.of("t-1")).title("Reply")
                .assignee(PersonId.of("p-17")).unit(OrgUnitId.of("S2")).build();
        Task byHand = Task.builder().id(TaskId.of("t-2")).title("Reply").assignee(PersonId.of("p-17"))
                .unit(OrgUnitId.of("S2")).source(TaskSource.letter(letter.id()))
                .grade(PriorityGrade.frenchMailRoom().get(0)).createdAt(letter.registeredAt()).build();
        // when: the morning of the day before the letter's reply deadline
        Instant at = parisAt(letter.replyDue().orElseThrow().minusDays(1), 9);
        List<Urgency> ranked = triage.rank(List.of(byHand, fromTheLetter), at).get();
        // then
        assertThat(ranked.get(0).task()).isEqualTo(fromTheLetter);
        assertThat(ranked.get(0).quadrant()).isNotEqualTo(Quadrant.DROP);
        assertThat(ranked.get(1).quadrant()).isEqualTo(Quadrant.DROP);
    }

    @Test
    void replyTo_outgoingOrCancelledMail_throws() {
        Register.Registered out = CorrespondenceFixtures.emptyGeneral().register(Registration.builder()
                .direction(Direction.OUTGOING).channel(Channel.EMAIL).receivedOn(MONDAY)
                .addRecipients(Contact.named("Mairie")).subject("Reply").build(), CorrespondenceFixtures.clerkOn(MONDAY))
                .get();
        assertThatIllegalArgumentException().isThrownBy(() -> Task.replyTo(out.entry()));
        Register.Registered in = registered("normal");
        Entry cancelled = in.register().cancel(in.entry().id(), "Registered twice", CorrespondenceFixtures.clerkOn(MONDAY))
                .get().register().entry(in.entry().id()).orElseThrow();
        assertThatIllegalArgumentException().isThrownBy(() -> Task.replyTo(cancelled));
    }
}
