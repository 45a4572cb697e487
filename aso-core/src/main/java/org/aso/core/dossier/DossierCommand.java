package org.aso.core.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.correspondence.EntryId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;

/**
 * What may be asked of an existing dossier, for {@link DossierRules#decide}. Each command is a
 * small immutable record; the rules decide whether it is allowed.
 *
 * <pre>{@code
 * rules.decide(dossier, DossierCommand.Transfer.of(head, "for signature"), ctx);   // head: a Person
 * rules.decide(dossier, DossierCommand.AddItem.correspondence(EntryId.of("e-815"), "Reply of the Prefecture", 2), ctx);
 * rules.decide(dossier, new DossierCommand.Close(), ctx);
 * }</pre>
 *
 * <p>Components are non-null ({@link NullPointerException} otherwise); numbers out of range throw
 * {@link IllegalArgumentException}. Blank texts, and texts that break the
 * {@link org.aso.core.kernel.Text} rules, are refused by the rules with a {@code Problem}.
 */
public sealed interface DossierCommand {

    /** {@return true if the command needs the actor to be cleared for the content} */
    default boolean readsContent() {
        return true;
    }

    /**
     * Calls the method of {@code visitor} for this command. A switch over the commands that the
     * compiler checks is complete: a new command must declare this method, which names a new
     * method of {@link Visitor}, which every visitor must then implement.
     *
     * @param <R> what the visitor returns
     * @param visitor the visitor
     * @return what the visitor's method returns
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per command, for code that treats each command in its own way (as
     * {@link DossierRules#decide} does) and must not miss one.
     *
     * <pre>{@code
     * String label = cmd.accept(new DossierCommand.Visitor<String>() { ... });
     * }</pre>
     *
     * @param <R> what the visit gives
     */
    interface Visitor<R> {
        /**
         * Visits a {@link Transfer}.
         *
         * @param c the transfer
         * @return what this visitor makes of it
         */
        R transfer(Transfer c);

        /**
         * Visits a {@link StartWork}.
         *
         * @param c the start of work
         * @return what this visitor makes of it
         */
        R startWork(StartWork c);

        /**
         * Visits an {@link AwaitReply}.
         *
         * @param c the wait for a reply
         * @return what this visitor makes of it
         */
        R awaitReply(AwaitReply c);

        /**
         * Visits an {@link AddItem}.
         *
         * @param c the item to file
         * @return what this visitor makes of it
         */
        R addItem(AddItem c);

        /**
         * Visits an {@link AddActionItem}.
         *
         * @param c the action item to record
         * @return what this visitor makes of it
         */
        R addActionItem(AddActionItem c);

        /**
         * Visits a {@link CompleteActionItem}.
         *
         * @param c the completion
         * @return what this visitor makes of it
         */
        R completeActionItem(CompleteActionItem c);

        /**
         * Visits an {@link AddTag}.
         *
         * @param c the tag to add
         * @return what this visitor makes of it
         */
        R addTag(AddTag c);

        /**
         * Visits a {@link RemoveTag}.
         *
         * @param c the tag to remove
         * @return what this visitor makes of it
         */
        R removeTag(RemoveTag c);

        /**
         * Visits a {@link Retitle}.
         *
         * @param c the new title
         * @return what this visitor makes of it
         */
        R retitle(Retitle c);

        /**
         * Visits a {@link Reclassify}.
         *
         * @param c the new classification
         * @return what this visitor makes of it
         */
        R reclassify(Reclassify c);

        /**
         * Visits a {@link Close}.
         *
         * @param c the closing
         * @return what this visitor makes of it
         */
        R close(Close c);

        /**
         * Visits a {@link Reopen}.
         *
         * @param c the reopening
         * @return what this visitor makes of it
         */
        R reopen(Reopen c);

        /**
         * Visits an {@link Archive}.
         *
         * @param c the archiving
         * @return what this visitor makes of it
         */
        R archive(Archive c);

        /**
         * Visits a {@link PlaceLegalHold}.
         *
         * @param c the hold to place
         * @return what this visitor makes of it
         */
        R placeLegalHold(PlaceLegalHold c);

        /**
         * Visits a {@link LiftLegalHold}.
         *
         * @param c the lifting of the hold
         * @return what this visitor makes of it
         */
        R liftLegalHold(LiftLegalHold c);

        /**
         * Visits a {@link Dispose}.
         *
         * @param c the disposal
         * @return what this visitor makes of it
         */
        R dispose(Dispose c);
    }

    /**
     * Passes the file to another person. The actor needs no clearance (whoever carries the file need
     * not read it), but the recipient does: a file goes only to someone whose
     * {@code recipientClearance} permits its level and compartments, otherwise the rules refuse
     * with {@code dossier.transfer.recipient-not-cleared}. The host gives the recipient's clearance
     * from its directory ({@link #of(Person, String)}); a transfer made without it
     * ({@link #Transfer(PersonId, String)}) takes the recipient as cleared for public information
     * only, so only unmarked files go that way.
     *
     * @param to who receives the file
     * @param reason why it goes to them
     * @param recipientClearance what the recipient may read
     */
    record Transfer(PersonId to, String reason, Clearance recipientClearance) implements DossierCommand {
        /**
         * A transfer.
         *
         * @param to who receives the file
         * @param reason why it goes to them
         * @param recipientClearance what the recipient may read
         */
        public Transfer {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(recipientClearance, "recipientClearance");
        }

        /**
         * A transfer to someone whose clearance is not given: taken as cleared for public information only.
         *
         * @param to who receives the file
         * @param reason why it goes to them
         */
        public Transfer(PersonId to, String reason) {
            this(to, reason, Clearance.none());
        }

        /**
         * A transfer to {@code recipient}, with the clearance the host's directory gives them.
         *
         * @param recipient who receives the file, with their clearance
         * @param reason why it goes to them
         * @return the command
         */
        public static Transfer of(Person recipient, String reason) {
            return new Transfer(recipient.id(), reason, recipient.clearance());
        }

        @Override
        public boolean readsContent() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.transfer(this);
        }
    }

    /** Starts work on an open dossier, or resumes work on one waiting for a reply. */
    record StartWork() implements DossierCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.startWork(this);
        }
    }

    /** Suspends work until a reply comes in. */
    record AwaitReply(String reason) implements DossierCommand {
        /**
         * Awaiting a reply, e.g. {@code "opinion of the legal service"}.
         *
         * @param reason what reply is awaited
         */
        public AwaitReply {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.awaitReply(this);
        }
    }

    /** Files an item; the rules give it its number and volume. */
    record AddItem(ItemKind kind, String title, int pages, Optional<EntryId> correspondence,
                   Optional<String> text, Optional<String> document) implements DossierCommand {
        /**
         * An item.
         *
         * @param kind what the item is
         * @param title its title
         * @param pages how many pages it has, not negative
         * @param correspondence the register entry, for a {@link ItemKind#CORRESPONDENCE} item only
         * @param text the text of a note
         * @param document the host's reference of a document
         * @throws IllegalArgumentException if pages is negative, or a register entry is given
         *     exactly when the kind is not {@link ItemKind#CORRESPONDENCE}
         */
        public AddItem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(correspondence, "correspondence");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(document, "document");
            if (pages < 0) {
                throw new IllegalArgumentException("Pages must not be negative: " + pages);
            }
            if (correspondence.isPresent() != (kind == ItemKind.CORRESPONDENCE)) {
                throw new IllegalArgumentException("A register entry goes exactly with a CORRESPONDENCE item: " + kind);
            }
        }

        /**
         * A document kept under the host's reference {@code document}.
         *
         * @param title the document's title
         * @param pages how many pages it has
         * @param document the host's reference of the document
         * @return the command
         */
        public static AddItem document(String title, int pages, String document) {
            return new AddItem(ItemKind.DOCUMENT, title, pages, Optional.empty(), Optional.empty(),
                    Optional.of(document));
        }

        /**
         * Files what {@code ref} points at: a letter as a {@link ItemKind#CORRESPONDENCE} item, a
         * document as a {@link ItemKind#DOCUMENT} item.
         *
         * <pre>{@code
         * DossierCommand.AddItem.of(EntryId.of("e-815").ref(), "Reply of the Prefecture", 2);
         * }</pre>
         *
         * @param ref the letter or document; not null
         * @param title its title
         * @param pages how many pages it has
         * @return the command
         * @throws IllegalArgumentException if {@code ref} is neither a letter nor a document
         */
        public static AddItem of(Ref ref, String title, int pages) {
            Objects.requireNonNull(ref, "ref");
            return switch (ref.kind()) {
                case LETTER -> new AddItem(ItemKind.CORRESPONDENCE, title, pages, EntryId.from(ref), Optional.empty(),
                        Optional.empty());
                case DOCUMENT -> document(title, pages, ref.id());
                default -> throw new IllegalArgumentException("A dossier files letters and documents, not: " + ref);
            };
        }

        /**
         * {@return what the item links to: the letter of a correspondence item, the document of a
         * document item; empty for a note}
         */
        public Optional<Ref> ref() {
            return correspondence.map(EntryId::ref).or(() -> document.map(Ref::document));
        }

        /**
         * A note with its text, on {@code pages} pages.
         *
         * @param title the note's title
         * @param text its text
         * @param pages how many pages it has
         * @return the command
         */
        public static AddItem note(String title, String text, int pages) {
            return new AddItem(ItemKind.NOTE, title, pages, Optional.empty(), Optional.of(text), Optional.empty());
        }

        /**
         * A link to a register entry.
         *
         * @param entry the register entry
         * @param title its title in the dossier
         * @param pages how many pages it has
         * @return the command
         */
        public static AddItem correspondence(EntryId entry, String title, int pages) {
            return new AddItem(ItemKind.CORRESPONDENCE, title, pages, Optional.of(entry), Optional.empty(),
                    Optional.empty());
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addItem(this);
        }
    }

    /** Records something to do by a due date ({@link #of(String, LocalDate)}, {@link #of(String, LocalDate, PersonId)}). */
    record AddActionItem(String description, LocalDate due, Optional<PersonId> assignee) implements DossierCommand {
        /**
         * An action item.
         *
         * @param description what is to be done
         * @param due the due date
         * @param assignee who is to do it, if named
         */
        public AddActionItem {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(assignee, "assignee");
        }

        /**
         * Something to do by {@code due}, not yet given to anyone.
         *
         * @param description what to do; not null
         * @param due the day it is due; not null
         * @return the command
         */
        public static AddActionItem of(String description, LocalDate due) {
            return new AddActionItem(description, due, Optional.empty());
        }

        /**
         * Something for {@code assignee} to do by {@code due}.
         *
         * @param description what to do; not null
         * @param due the day it is due; not null
         * @param assignee who does it; not null
         * @return the command
         */
        public static AddActionItem of(String description, LocalDate due, PersonId assignee) {
            return new AddActionItem(description, due, Optional.of(Objects.requireNonNull(assignee, "assignee")));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addActionItem(this);
        }
    }

    /** Changes the title and the subject. */
    record Retitle(String title, String subject) implements DossierCommand {
        /**
         * A new title and subject (the subject may be empty).
         *
         * @param title the new title
         * @param subject the new subject, possibly empty
         */
        public Retitle {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.retitle(this);
        }
    }

    /** Files the dossier under another code of the filing plan; its retention rule follows the code. */
    record Reclassify(ClassificationCode classification) implements DossierCommand {
        /**
         * A new code.
         *
         * @param classification the new classification code
         */
        public Reclassify {
            Objects.requireNonNull(classification, "classification");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reclassify(this);
        }
    }

    /** Marks action item {@code number} done. */
    record CompleteActionItem(int number) implements DossierCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.completeActionItem(this);
        }
    }

    /** Adds a tag. */
    record AddTag(String tag) implements DossierCommand {
        /**
         * A tag to add; surrounding blanks are removed.
         *
         * @param tag the tag
         */
        public AddTag {
            tag = Objects.requireNonNull(tag, "tag").strip();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.addTag(this);
        }
    }

    /** Removes a tag. */
    record RemoveTag(String tag) implements DossierCommand {
        /**
         * A tag to remove; surrounding blanks are removed.
         *
         * @param tag the tag
         */
        public RemoveTag {
            tag = Objects.requireNonNull(tag, "tag").strip();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.removeTag(this);
        }
    }

    /** Closes the dossier and computes its retention outcome from the filing plan. */
    record Close() implements DossierCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    /** Reopens a closed (not archived) dossier; its retention outcome is dropped until the next closing. */
    record Reopen(String reason) implements DossierCommand {
        /**
         * A reopening.
         *
         * @param reason why the dossier is reopened
         */
        public Reopen {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reopen(this);
        }
    }

    /** Sends a closed dossier to the archive. Needs no clearance. */
    record Archive() implements DossierCommand {
        @Override
        public boolean readsContent() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.archive(this);
        }
    }

    /** Places a legal hold, which suspends disposal. Needs no clearance. */
    record PlaceLegalHold(String reason) implements DossierCommand {
        /**
         * A hold.
         *
         * @param reason why the hold is placed
         */
        public PlaceLegalHold {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean readsContent() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.placeLegalHold(this);
        }
    }

    /** Lifts the legal hold. Needs no clearance. */
    record LiftLegalHold(String reason) implements DossierCommand {
        /**
         * A lifting.
         *
         * @param reason why the hold is lifted
         */
        public LiftLegalHold {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean readsContent() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.liftLegalHold(this);
        }
    }

    /** Carries out the disposal action of an archived dossier whose disposal date has come. Needs no clearance. */
    record Dispose() implements DossierCommand {
        @Override
        public boolean readsContent() {
            return false;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.dispose(this);
        }
    }
}
