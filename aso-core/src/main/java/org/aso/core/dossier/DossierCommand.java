package org.aso.core.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.correspondence.EntryId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;

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

    /** True if the command needs the actor to be cleared for the content. */
    default boolean readsContent() {
        return true;
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
        /** A transfer. */
        public Transfer {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(recipientClearance, "recipientClearance");
        }

        /** A transfer to someone whose clearance is not given: taken as cleared for public information only. */
        public Transfer(PersonId to, String reason) {
            this(to, reason, Clearance.none());
        }

        /** A transfer to {@code recipient}, with the clearance the host's directory gives them. */
        public static Transfer of(Person recipient, String reason) {
            return new Transfer(recipient.id(), reason, recipient.clearance());
        }

        @Override
        public boolean readsContent() {
            return false;
        }
    }

    /** Starts work on an open dossier, or resumes work on one waiting for a reply. */
    record StartWork() implements DossierCommand {}

    /** Suspends work until a reply comes in. */
    record AwaitReply(String reason) implements DossierCommand {
        /** Awaiting a reply, e.g. {@code "opinion of the legal service"}. */
        public AwaitReply {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Files an item; the rules give it its number and volume. */
    record AddItem(ItemKind kind, String title, int pages, Optional<EntryId> correspondence,
                   Optional<String> text, Optional<String> document) implements DossierCommand {
        /**
         * An item.
         *
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

        /** A document kept under the host's reference {@code document}. */
        public static AddItem document(String title, int pages, String document) {
            return new AddItem(ItemKind.DOCUMENT, title, pages, Optional.empty(), Optional.empty(),
                    Optional.of(document));
        }

        /** A note with its text, on {@code pages} pages. */
        public static AddItem note(String title, String text, int pages) {
            return new AddItem(ItemKind.NOTE, title, pages, Optional.empty(), Optional.of(text), Optional.empty());
        }

        /** A link to a register entry. */
        public static AddItem correspondence(EntryId entry, String title, int pages) {
            return new AddItem(ItemKind.CORRESPONDENCE, title, pages, Optional.of(entry), Optional.empty(),
                    Optional.empty());
        }
    }

    /** Records something to do by a due date. */
    record AddActionItem(String description, LocalDate due, Optional<PersonId> assignee) implements DossierCommand {
        /** An action item. */
        public AddActionItem {
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(assignee, "assignee");
        }
    }

    /** Changes the title and the subject. */
    record Retitle(String title, String subject) implements DossierCommand {
        /** A new title and subject (the subject may be empty). */
        public Retitle {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** Files the dossier under another code of the filing plan; its retention rule follows the code. */
    record Reclassify(ClassificationCode classification) implements DossierCommand {
        /** A new code. */
        public Reclassify {
            Objects.requireNonNull(classification, "classification");
        }
    }

    /** Marks action item {@code number} done. */
    record CompleteActionItem(int number) implements DossierCommand {}

    /** Adds a tag. */
    record AddTag(String tag) implements DossierCommand {
        /** A tag to add; surrounding blanks are removed. */
        public AddTag {
            tag = Objects.requireNonNull(tag, "tag").strip();
        }
    }

    /** Removes a tag. */
    record RemoveTag(String tag) implements DossierCommand {
        /** A tag to remove; surrounding blanks are removed. */
        public RemoveTag {
            tag = Objects.requireNonNull(tag, "tag").strip();
        }
    }

    /** Closes the dossier and computes its retention outcome from the filing plan. */
    record Close() implements DossierCommand {}

    /** Reopens a closed (not archived) dossier; its retention outcome is dropped until the next closing. */
    record Reopen(String reason) implements DossierCommand {
        /** A reopening. */
        public Reopen {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Sends a closed dossier to the archive. Needs no clearance. */
    record Archive() implements DossierCommand {
        @Override
        public boolean readsContent() {
            return false;
        }
    }

    /** Places a legal hold, which suspends disposal. Needs no clearance. */
    record PlaceLegalHold(String reason) implements DossierCommand {
        /** A hold. */
        public PlaceLegalHold {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean readsContent() {
            return false;
        }
    }

    /** Lifts the legal hold. Needs no clearance. */
    record LiftLegalHold(String reason) implements DossierCommand {
        /** A lifting. */
        public LiftLegalHold {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public boolean readsContent() {
            return false;
        }
    }

    /** Carries out the disposal action of an archived dossier whose disposal date has come. Needs no clearance. */
    record Dispose() implements DossierCommand {
        @Override
        public boolean readsContent() {
            return false;
        }
    }
}
