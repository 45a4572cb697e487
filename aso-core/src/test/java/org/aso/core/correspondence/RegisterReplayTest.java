package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.clerkOn;
import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.general;
import static org.aso.core.fixtures.CorrespondenceFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The register's events, one of each kind, and what replay does with events that do not fit. */
class RegisterReplayTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Context CTX = clerkOn(DAY);
    private static final Context DIRECTOR = Context.of(CTX.at(), RegisterCommands.DIRECTOR,
            Clearance.of(Confidentiality.RESTRICTED));
    private static final String SECRET_SUBJECT = "Nomination Zorglub";

    /** A day in the mail room: every decision once, the events in order, and the register at the end. */
    private static final List<EntryEvent> EVENTS = new ArrayList<>();
    private static Register end;
    private static EntryId letterId;
    private static EntryId sealedId;
    private static EntryId replyId;

    @BeforeAll
    static void aDayInTheMailRoom() {
        Register r = emptyGeneral();
        r = registered(r.register(letter(DAY, "Subvention").build(), CTX));
        letterId = r.entries().get(0).id();
        r = registered(r.register(Registration.builder().direction(Direction.INCOMING).channel(Channel.HAND_DELIVERY)
                .receivedOn(DAY).sender(Contact.named("Cabinet")).addressee(RegisterCommands.DIRECTOR).unopened(true)
                .build(), CTX));
        sealedId = r.entries().get(1).id();
        r = change(r, r.assign(letterId, OrgUnitId.of("S2"), Assignment.Purpose.ACTION, "For reply", CTX));
        r = change(r, r.redirect(letterId, OrgUnitId.of("S3"), "Budget matter", CTX));
        r = change(r, r.changeStatus(letterId, EntryStatus.IN_PROGRESS, CTX));
        r = change(r, r.acknowledge(letterId, CTX));
        r = change(r, r.explainDelay(letterId, "Waiting for the legal service", CTX));
        r = change(r, r.recordContent(sealedId, SECRET_SUBJECT, "Very private", List.of("scan.pdf"), DIRECTOR));
        r = registered(r.register(Registration.builder().direction(Direction.OUTGOING).channel(Channel.POST).receivedOn(DAY)
                .addRecipients(Contact.named("Mairie")).subject("Réponse").build(), CTX));
        replyId = r.entries().get(2).id();
        r = change(r, r.linkReply(replyId, List.of(letterId, sealedId), CTX));
        r = registered(r.register(letter(DAY, "Doublon").build(), CTX));
        r = change(r, r.cancel(r.entries().get(3).id(), "Registered twice", CTX));
        end = r;
    }

    private static Register registered(Either<Problem, Register.Registered> r) {
        EVENTS.addAll(r.get().events());
        return r.get().register();
    }

    private static Register change(Register before, Either<Problem, Register.Change> c) {
        EVENTS.addAll(c.get().events());
        assertThat(c.get().register()).as("a decision's register is the fold of its events")
                .isEqualTo(fold(before, c.get().events()));
        return c.get().register();
    }

    private static Register fold(Register r, List<EntryEvent> events) {
        for (EntryEvent e : events) {
            r = r.evolve(e).get();
        }
        return r;
    }

    private static <T extends EntryEvent> T first(Class<T> kind) {
        return EVENTS.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
    }

    private static Problem misfit(List<EntryEvent> events) {
        Problem p = Register.replay(general(), events).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.replay.inconsistent");
        return p;
    }

    private static List<EntryEvent> upTo(EntryEvent last, EntryEvent... then) {
        List<EntryEvent> events = new ArrayList<>(EVENTS.subList(0, EVENTS.indexOf(last) + 1));
        events.addAll(Arrays.asList(then));
        return events;
    }

    @Test
    void aDayOfEveryDecision_emitsEveryKindOfEvent_andReplaysToTheSameRegister() {
        assertThat(EVENTS.stream().map(Object::getClass).collect(Collectors.toSet()))
                .isEqualTo(Set.of(EntryEvent.class.getPermittedSubclasses()));
        assertThat(Register.replay(general(), EVENTS).get()).isEqualTo(end);
        assertThat(EVENTS).allSatisfy(e -> {
            assertThat(e.schemaVersion()).isEqualTo(EntryEvent.SCHEMA_VERSION).isEqualTo(1);
            assertThat(e.subject()).isEqualTo(e.entry());
            assertThat(e.register()).isEqualTo(RegisterId.of("GEN"));
            assertThat(end.entry(e.entry()).get().number()).isEqualTo(e.number());
        });
    }

    @Test
    void events_keepTheirActionCodesAndDetailKeys() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("correspondence.registered", List.of("direction", "channel", "grade", "replyDue"));
        expected.put("correspondence.assigned", List.of("assignee", "purpose"));
        expected.put("correspondence.redirected", List.of("from", "to", "reason"));
        expected.put("correspondence.status-changed", List.of("from", "to"));
        expected.put("correspondence.acknowledged", List.of());
        expected.put("correspondence.delay-explained", List.of("reason"));
        expected.put("correspondence.content-recorded", List.of());
        expected.put("correspondence.answered", List.of("reply"));
        expected.put("correspondence.cancelled", List.of("reason"));
        Map<String, List<String>> actual = new LinkedHashMap<>();
        EVENTS.forEach(e -> actual.putIfAbsent(e.action(), List.copyOf(e.details().keySet())));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(first(EntryEvent.MailRegistered.class).details()).containsExactly(Map.entry("direction", "INCOMING"),
                Map.entry("channel", "POST"), Map.entry("grade", "normal"),
                Map.entry("replyDue", end.entry(letterId).get().replyDue().get().toString()));
        assertThat(first(EntryEvent.Redirected.class).details()).containsEntry("from", "S2").containsEntry("to", "S3")
                .containsEntry("reason", "Budget matter");
        assertThat(first(EntryEvent.ReplyLinked.class).details()).containsEntry("reply", "2026-A-000003");
    }

    @Test
    void eventsThatRebuildContent_carryIt_butTheirTextNeverShowsIt() {
        EntryEvent.ContentRecorded recorded = first(EntryEvent.ContentRecorded.class);
        assertThat(recorded.subjectMatter()).isEqualTo(SECRET_SUBJECT);
        assertThat(recorded.summary()).contains("Very private");
        assertThat(first(EntryEvent.MailRegistered.class).mail().subject()).contains("Subvention");
        assertThat(first(EntryEvent.Assigned.class).note()).contains("For reply");
        for (EntryEvent e : EVENTS) {
            assertThat(e.toString() + e.details()).doesNotContain("Zorglub", "Very private", "scan.pdf", "Subvention",
                    "For reply", "Réponse");
        }
    }

    @Test
    void events_sayWhenAndByWhom_andTheirTextShowsTheNumberTheActorTheInstantAndTheDetails() {
        for (EntryEvent e : EVENTS) {
            assertThat(e.at()).isEqualTo(CTX.at());
            assertThat(e.actor()).isIn(CTX.actor(), DIRECTOR.actor());
            assertThat(e.toString()).contains(e.number().text(), e.actor().value(), e.at().toString());
            e.details().values().forEach(v -> assertThat(e.toString()).contains(v));
        }
        EntryEvent.MailRegistered registered = first(EntryEvent.MailRegistered.class);
        assertThat(registered.at()).isEqualTo(registered.mail().registeredAt());
        assertThat(registered.actor()).isEqualTo(registered.mail().registeredBy());
        assertThat(first(EntryEvent.ContentRecorded.class).actor()).isEqualTo(DIRECTOR.actor());
    }

    @Test
    void everyKindOfEvent_refusesAMissingComponent() {
        EntryEvent.Assigned a = first(EntryEvent.Assigned.class);
        EntryId id = a.entry();
        RegisterId reg = a.register();
        ReferenceNumber n = a.number();
        Instant at = a.at();
        List<org.assertj.core.api.ThrowableAssert.ThrowingCallable> missing = List.of(
                () -> new EntryEvent.MailRegistered(null),
                () -> new EntryEvent.Assigned(id, reg, n, at, null, OrgUnitId.of("S2"), Assignment.Purpose.ACTION, Optional.empty()),
                () -> new EntryEvent.Redirected(id, reg, n, at, CTX.actor(), Optional.empty(), null, "reason"),
                () -> new EntryEvent.StatusChanged(id, reg, n, null, CTX.actor(), EntryStatus.REGISTERED, EntryStatus.CLOSED),
                () -> new EntryEvent.ReplyLinked(id, reg, n, at, CTX.actor(), null, n),
                () -> new EntryEvent.Acknowledged(id, reg, null, at, CTX.actor()),
                () -> new EntryEvent.ContentRecorded(id, reg, n, at, CTX.actor(), "Sujet", null, List.of()),
                () -> new EntryEvent.DelayExplained(id, null, n, at, CTX.actor(), "late"),
                () -> new EntryEvent.Cancelled(null, reg, n, at, CTX.actor(), "twice"));
        for (var build : missing) {
            org.assertj.core.api.Assertions.assertThatThrownBy(build).isInstanceOf(NullPointerException.class);
        }
    }

    @Test
    void replay_refusesARegistrationOfAnEntryHeldAlready_orNumberedBeyondTheNext() {
        Entry registered = first(EntryEvent.MailRegistered.class).mail();
        // the first entry again, at the next position
        assertThat(misfit(List.of(EVENTS.get(0), new EntryEvent.MailRegistered(Register.im(registered).withPosition(2))))
                .detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("holds that entry already"));
        // number 2 of the series first
        Entry skipping = Register.im(registered).withNumber(ReferenceNumber.of("2026-A-000002", registered.number().series(), 2))
                .withId(EntryId.of("GEN/2026-A-000002"));
        assertThat(misfit(List.of(new EntryEvent.MailRegistered(skipping))).detail("reason"))
                .hasValueSatisfying(r -> assertThat(r).contains("whose next is 1"));
    }

    @Test
    void replay_refusesAnEventOfAnotherRegister() {
        Entry other = Register.im(first(EntryEvent.MailRegistered.class).mail()).withRegister(RegisterId.of("PQ"));
        Problem p = misfit(List.of(new EntryEvent.MailRegistered(other)));
        assertThat(p.detail("index")).contains("0");
        assertThat(p.detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("register PQ"));
    }

    @Test
    void replay_refusesARegistrationOutOfSequence_orTwice() {
        // the second registration without the first: number 2 where 1 is next
        assertThat(misfit(EVENTS.subList(1, 2)).detail("index")).contains("0");
        // the first registration twice
        Problem twice = misfit(List.of(EVENTS.get(0), EVENTS.get(0)));
        assertThat(twice.detail("index")).contains("1");
        assertThat(twice.detail("action")).contains("correspondence.registered");
    }

    @Test
    void replay_refusesARegistrationNotAsARegistrationLeavesIt() {
        Entry registered = first(EntryEvent.MailRegistered.class).mail();
        assertThat(misfit(List.of(new EntryEvent.MailRegistered(Register.im(registered).withStatus(EntryStatus.CLOSED)
                .withClosedAt(CTX.at())))).detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("registration"));
        assertThat(misfit(List.of(new EntryEvent.MailRegistered(Register.im(registered).withRegisteredAt(Instant.MAX))))
                .detail("reason")).isPresent();
        assertThat(misfit(List.of(new EntryEvent.MailRegistered(Register.im(registered).withSubject(Optional.empty()))))
                .detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("subject"));
    }

    @Test
    void replay_refusesAChangeToAnEntryItDoesNotHold_orUnderAnotherNumber() {
        EntryEvent.Assigned a = first(EntryEvent.Assigned.class);
        assertThat(misfit(List.of(a)).detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("no such entry"));
        EntryEvent.Assigned renumbered = new EntryEvent.Assigned(a.entry(), a.register(), ReferenceNumber.of("x", "s", 9),
                a.at(), a.actor(), a.assignee(), a.purpose(), a.note());
        assertThat(misfit(upTo(EVENTS.get(1), renumbered)).detail("index")).contains("2");
    }

    @Test
    void replay_refusesAChangeThatCannotFollowTheEntry() {
        EntryEvent.Assigned assigned = first(EntryEvent.Assigned.class);
        EntryEvent.Redirected redirected = first(EntryEvent.Redirected.class);
        EntryEvent.StatusChanged status = first(EntryEvent.StatusChanged.class);
        EntryEvent.Acknowledged ack = first(EntryEvent.Acknowledged.class);
        EntryEvent.ReplyLinked linked = first(EntryEvent.ReplyLinked.class);
        EntryEvent.Cancelled cancelled = first(EntryEvent.Cancelled.class);
        EntryEvent.MailRegistered opened = first(EntryEvent.MailRegistered.class);
        // a second handler for action, without redirecting
        misfit(upTo(assigned, assigned));
        // a redirection from a handler the entry does not have
        misfit(upTo(EVENTS.get(1), redirected));
        // a status change from a status the entry is not in
        misfit(upTo(status, status));
        // acknowledged twice, linked twice
        misfit(upTo(ack, ack));
        misfit(upTo(linked, linked));
        // content recorded for mail opened at registration
        EntryEvent.ContentRecorded recorded = first(EntryEvent.ContentRecorded.class);
        misfit(upTo(recorded, new EntryEvent.ContentRecorded(opened.entry(), opened.register(), opened.number(),
                recorded.at(), recorded.actor(), "x", Optional.empty(), List.of())));
        // an assignment to something that is neither a person nor a unit
        misfit(upTo(EVENTS.get(1), new EntryEvent.Assigned(assigned.entry(), assigned.register(), assigned.number(),
                assigned.at(), assigned.actor(), assigned.entry(), Assignment.Purpose.COPY, Optional.empty())));
        // anything after a cancellation
        assertThat(misfit(upTo(cancelled, new EntryEvent.DelayExplained(cancelled.entry(), cancelled.register(),
                cancelled.number(), cancelled.at(), cancelled.actor(), "late"))).detail("reason"))
                .hasValueSatisfying(r -> assertThat(r).contains("cancelled"));
    }

    @Test
    void registers_replayRoutesEachEventToItsRegister_andRefusesAnUnknownRegister() {
        assertThat(Registers.replay(List.of(RegisterCommands.questions(), general()), EVENTS).get())
                .isEqualTo(Registers.of(List.of(end, Register.of(RegisterCommands.questions()))));
        Problem p = Registers.replay(List.of(RegisterCommands.questions()), EVENTS).getLeft();
        assertThat(p.code()).isEqualTo("correspondence.replay.inconsistent");
        assertThat(p.detail("index")).contains("0");
        assertThat(p.detail("reason")).hasValueSatisfying(r -> assertThat(r).contains("no register GEN"));
    }

    @Test
    void registeredEvent_carriesTheEntryTheRegisterHolds_evenWhenTheRegistrarGetsItRedacted() {
        // given: secret mail registered by a clerk who may not read it
        var secret = emptyGeneral().register(letter(DAY, SECRET_SUBJECT).confidentiality(Confidentiality.SECRET).build(), CTX)
                .get();
        // then: the entry handed back is redacted, the event carries it whole so that replay rebuilds the register
        assertThat(secret.entry().subject()).isEmpty();
        EntryEvent.MailRegistered event = (EntryEvent.MailRegistered) secret.events().get(0);
        assertThat(event.mail()).isEqualTo(secret.register().entries().get(0));
        assertThat(Register.replay(general(), secret.events()).get()).isEqualTo(secret.register());
    }
}
