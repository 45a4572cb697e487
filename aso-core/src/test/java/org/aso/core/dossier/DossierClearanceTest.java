package org.aso.core.dossier;

import static org.aso.core.fixtures.DossierFixtures.HEAD;
import static org.aso.core.fixtures.DossierFixtures.OFFICER;
import static org.aso.core.fixtures.DossierFixtures.SHORT_LIVED;
import static org.aso.core.fixtures.DossierFixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.ReferenceNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing of a dossier's content reaches someone who may not read it: what a decision hands back to its actor is
 * what the actor may see, and a file goes only to someone who may read it.
 */
class DossierClearanceTest {
    private static final DossierRules RULES = DossierFixtures.rules();
    private static final PersonId MESSENGER = PersonId.of("messenger");
    private static final DossierId ID = DossierId.of("d-z");
    private static final Clearance EVERYTHING = Clearance.of(Confidentiality.TOP_SECRET)
            .withCompartments(Set.of("PERSONNEL"));

    /** A dossier's marking. */
    record Marking(Confidentiality level, Set<String> compartments) {
        @Override
        public String toString() {
            return level + (compartments.isEmpty() ? "" : " " + compartments);
        }
    }

    static List<Marking> markings() {
        List<Marking> m = new ArrayList<>();
        for (Confidentiality level : Confidentiality.values()) {
            m.add(new Marking(level, Set.of()));
        }
        m.add(new Marking(Confidentiality.RESTRICTED, Set.of("PERSONNEL")));
        return m;
    }

    static List<Clearance> clearances() {
        List<Clearance> c = new ArrayList<>();
        for (Confidentiality level : Confidentiality.values()) {
            c.add(Clearance.of(level));
        }
        c.add(Clearance.of(Confidentiality.RESTRICTED).withCompartments(Set.of("PERSONNEL")));
        return c;
    }

    /** A command, the state it is decided on (prepared by a fully cleared officer) and when. */
    enum Step {
        TRANSFER, PLACE_LEGAL_HOLD, LIFT_LEGAL_HOLD, ARCHIVE, DISPOSE, START_WORK, ADD_ITEM, RETITLE, ADD_TAG, CLOSE;

        DossierCommand command() {
            return switch (this) {
                case TRANSFER -> new DossierCommand.Transfer(HEAD, "for signature", EVERYTHING);
                case PLACE_LEGAL_HOLD -> new DossierCommand.PlaceLegalHold("inquiry");
                case LIFT_LEGAL_HOLD -> new DossierCommand.LiftLegalHold("inquiry over");
                case ARCHIVE -> new DossierCommand.Archive();
                case DISPOSE -> new DossierCommand.Dispose();
                case START_WORK -> new DossierCommand.StartWork();
                case ADD_ITEM -> DossierCommand.AddItem.note("Second note", "Seen", 1);
                case RETITLE -> new DossierCommand.Retitle("Other title", "Other subject");
                case ADD_TAG -> new DossierCommand.AddTag("urgent");
                case CLOSE -> new DossierCommand.Close();
            };
        }

        /** The book with the dossier in the state the command is decided on. */
        DossierBook before(DossierBook book) {
            return switch (this) {
                case LIFT_LEGAL_HOLD -> officer(book, new DossierCommand.PlaceLegalHold("inquiry"), "2026-03-03T09:00");
                case ARCHIVE -> officer(book, new DossierCommand.Close(), "2026-03-03T09:00");
                case DISPOSE -> officer(officer(book, new DossierCommand.Close(), "2026-03-03T09:00"),
                        new DossierCommand.Archive(), "2026-03-04T09:00");
                default -> book;
            };
        }

        /** When the command is decided (disposal comes a year after closing). */
        String when() {
            return this == DISPOSE ? "2027-06-01T10:00" : "2026-03-05T10:00";
        }
    }

    private static DossierBook officer(DossierBook book, DossierCommand cmd, String when) {
        return book.decide(ID, cmd, Context.of(paris(when), OFFICER, EVERYTHING)).get().book();
    }

    /** A book holding dossier {@link #ID}, marked {@code m}, whose content names Zorglub everywhere. */
    private static DossierBook opened(Marking m) {
        DossierBook book = DossierBook.empty(RULES).open(OpenDossier.builder().id(ID)
                        .reference(ReferenceNumber.of("2026-S2-Z", "S2/2026", 7)).title("Affaire Zorglub")
                        .subject("Enquete sur Zorglub").classification(SHORT_LIVED).ownerUnit(DossierFixtures.S2)
                        .holder(OFFICER).addTags("zorglub").confidentiality(m.level())
                        .addAllCompartments(m.compartments()).build(),
                Context.of(paris("2026-03-02T09:00"), OFFICER, EVERYTHING)).get().book();
        return officer(book, DossierCommand.AddItem.note("Note Zorglub", "Texte Zorglub", 2), "2026-03-02T10:00");
    }

    static Stream<Arguments> decisions() {
        List<Arguments> cases = new ArrayList<>();
        for (Step s : Step.values()) {
            for (Marking m : markings()) {
                for (Clearance c : clearances()) {
                    cases.add(Arguments.of(s, m, c));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} dossier by an actor cleared {2}")
    @MethodSource("decisions")
    void decision_handsBackOnlyWhatTheActorMaySee(Step step, Marking marking, Clearance clearance) {
        // given
        DossierBook book = step.before(opened(marking));
        Dossier before = book.get(ID).orElseThrow();
        Context ctx = Context.of(paris(step.when()), MESSENGER, clearance);
        boolean cleared = clearance.permits(marking.level(), marking.compartments());

        // when
        Either<Problem, DossierOutcome> pure = RULES.decide(before, step.command(), ctx);
        Either<Problem, DossierBook.Change> change = book.decide(before.id(), step.command(), ctx);

        // then
        assertThat(change.isRight()).isEqualTo(pure.isRight());
        if (pure.isLeft()) {
            assertThat(step.command().readsContent() && !cleared).as("%s", pure).isTrue();
            assertNothingRevealed(pure.getLeft().toString() + pure.getLeft().details());
            return;
        }
        Dossier stored = change.get().book().get(before.id()).orElseThrow();
        assertThat(stored).as("the book keeps the whole dossier").isEqualTo(pure.get().dossier());
        assertThat(stored.items()).extracting(Item::title).contains("Note Zorglub");
        DossierView expected = DossierView.of(stored, clearance);
        assertThat(pure.get().view()).isEqualTo(expected);
        assertThat(change.get().dossier()).isEqualTo(expected);
        assertThat(change.get().dossier().content()).as("a cleared actor gets the whole dossier")
                .isEqualTo(cleared ? java.util.Optional.of(stored) : java.util.Optional.empty());
        assertThat(change.get().dossier().holder()).as("registry data are always shown").isEqualTo(stored.holder());
        if (!cleared) {
            assertNothingRevealed(String.valueOf(change.get().dossier()));
            assertNothingRevealed(String.valueOf(pure.get().view()));
            for (DossierEvent e : change.get().events()) {
                assertNothingRevealed(e.toString() + e.details());
            }
        }
    }

    static Stream<Arguments> recipients() {
        List<Arguments> cases = new ArrayList<>();
        for (Marking m : markings()) {
            for (Clearance c : clearances()) {
                cases.add(Arguments.of(m, c));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "a {0} dossier to a recipient cleared {1}")
    @MethodSource("recipients")
    void transfer_goesOnlyToARecipientWhoMayReadTheFile(Marking marking, Clearance recipient) {
        // given: a messenger cleared for nothing carries the file
        DossierBook book = opened(marking);
        Context messenger = Context.of(paris("2026-03-05T10:00"), MESSENGER, Clearance.none());
        // when
        Either<Problem, DossierBook.Change> r = book.decide(ID,
                DossierCommand.Transfer.of(Person.builder().id(HEAD).name("Head").clearance(recipient).build(),
                        "for signature"), messenger);
        // then
        boolean mayRead = recipient.permits(marking.level(), marking.compartments());
        assertThat(r.isRight()).as("%s", r).isEqualTo(mayRead);
        if (mayRead) {
            assertThat(r.get().book().get(ID).orElseThrow().holder()).isEqualTo(HEAD);
            assertThat(r.get().dossier().holder()).isEqualTo(HEAD);
        } else {
            assertThat(r.getLeft().code()).isEqualTo("dossier.transfer.recipient-not-cleared");
            assertThat(r.getLeft().detail("to")).contains(HEAD.value());
            assertNothingRevealed(r.getLeft().toString());
            assertThat(book.get(ID).orElseThrow().holder()).isEqualTo(OFFICER);
        }
    }

    @ParameterizedTest(name = "a {0} dossier opened for someone cleared {1}")
    @MethodSource("recipients")
    void open_forSomeoneElse_goesOnlyToAHolderWhoMayReadTheFile(Marking marking, Clearance holder) {
        Either<Problem, DossierBook.Change> r = DossierBook.empty(RULES).open(OpenDossier.builder().id(ID)
                        .reference(ReferenceNumber.of("2026-S2-Z", "S2/2026", 7)).title("Affaire Zorglub")
                        .classification(SHORT_LIVED).ownerUnit(DossierFixtures.S2).holder(HEAD).holderClearance(holder)
                        .confidentiality(marking.level()).addAllCompartments(marking.compartments()).build(),
                Context.of(paris("2026-03-02T09:00"), OFFICER, EVERYTHING));
        boolean mayRead = holder.permits(marking.level(), marking.compartments());
        assertThat(r.isRight()).as("%s", r).isEqualTo(mayRead);
        if (!mayRead) {
            assertThat(r.getLeft().code()).isEqualTo("dossier.open.holder-not-cleared");
        }
    }

    @ParameterizedTest(name = "a {0} dossier, recipient's clearance not given")
    @MethodSource("markings")
    void transfer_recipientClearanceUnknown_onlyUnmarkedFilesGo(Marking marking) {
        DossierBook book = opened(marking);
        Either<Problem, DossierBook.Change> r = book.decide(ID, new DossierCommand.Transfer(HEAD, "for signature"),
                Context.of(paris("2026-03-05T10:00"), OFFICER, EVERYTHING));
        boolean unmarked = marking.level() == Confidentiality.PUBLIC && marking.compartments().isEmpty();
        assertThat(r.isRight()).as("%s", r).isEqualTo(unmarked);
        if (!unmarked) {
            assertThat(r.getLeft().code()).isEqualTo("dossier.transfer.recipient-not-cleared");
            assertNothingRevealed(r.getLeft().toString());
        }
    }

    @ParameterizedTest(name = "a {0} dossier opened for someone else")
    @MethodSource("markings")
    void open_forAHolderWhoseClearanceIsUnknown_onlyUnmarkedFilesGo(Marking marking) {
        Either<Problem, DossierBook.Change> r = DossierBook.empty(RULES).open(OpenDossier.builder().id(ID)
                        .reference(ReferenceNumber.of("2026-S2-Z", "S2/2026", 7)).title("Affaire Zorglub")
                        .classification(SHORT_LIVED).ownerUnit(DossierFixtures.S2).holder(HEAD)
                        .confidentiality(marking.level()).addAllCompartments(marking.compartments()).build(),
                Context.of(paris("2026-03-02T09:00"), OFFICER, EVERYTHING));
        boolean unmarked = marking.level() == Confidentiality.PUBLIC && marking.compartments().isEmpty();
        assertThat(r.isRight()).as("%s", r).isEqualTo(unmarked);
        if (!unmarked) {
            assertThat(r.getLeft().code()).isEqualTo("dossier.open.holder-not-cleared");
            assertNothingRevealed(r.getLeft().toString());
        }
    }

    private static void assertNothingRevealed(String handed) {
        assertThat(handed).doesNotContain("Zorglub").doesNotContain("zorglub");
    }
}
