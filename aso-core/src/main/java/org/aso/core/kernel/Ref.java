package org.aso.core.kernel;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed link from one thing of the section to another: a letter (an entry of a correspondence
 * register), a dossier, a meeting, a task or a document the host keeps. Aggregates link to each
 * other with a {@code Ref} rather than with bare strings, so that a meeting about a dossier, an
 * item filed in a dossier and the source of a task all say, in the same way, what they point at.
 *
 * <p>A {@code Ref} is its {@link Kind} and the text of the id. The typed ids live in their
 * features ({@code EntryId} in {@code correspondence}, {@code DossierId} in {@code dossier},
 * {@code MeetingId} in {@code agenda}, {@code TaskId} in {@code priority}), and the kernel must
 * not depend on the features, so the typed factories and accessors are on the id side:
 *
 * <pre>{@code
 * Ref letter = EntryId.of("A-2026-0117").ref();      // LETTER A-2026-0117
 * Ref file = DossierId.of("d-42").ref();             // DOSSIER d-42
 * Ref note = Ref.document("note-budget-2026.pdf");   // DOCUMENT note-budget-2026.pdf
 * Optional<EntryId> back = EntryId.from(letter);     // Optional[A-2026-0117]
 * }</pre>
 *
 * <p>The id text keeps the rules of an {@link Identifier} (non-blank, trimmed, at most
 * {@link Identifier#MAX_LENGTH} characters, one line without control or bidirectional control
 * characters); a document reference keeps those of a {@link Text.Kind#TITLE} (the rules under which
 * meetings and dossiers accept document references): non-blank, one line of at most
 * {@link #MAX_DOCUMENT_LENGTH} characters. Refs
 * order by kind, then by id, and are equal when both are. Immutable and thread-safe.
 *
 * @param kind what the ref points at; not null
 * @param id the id of the thing, or the host's reference of a document; not null
 */
public record Ref(Kind kind, String id) implements Comparable<Ref> {

    /** Longest accepted document reference, in characters. */
    public static final int MAX_DOCUMENT_LENGTH = 500;

    private static final Comparator<Ref> ORDER = Comparator.comparing(Ref::kind).thenComparing(Ref::id);

    /** What a {@link Ref} points at. */
    public enum Kind {
        /** An entry of a correspondence register (a letter, in or out). */
        LETTER,
        /** A dossier. */
        DOSSIER,
        /** A meeting, single or a whole series. */
        MEETING,
        /** A task. */
        TASK,
        /** A document kept by the host (a file name, an archive id). */
        DOCUMENT
    }

    /**
     * Checks the ref.
     *
     * @param kind what the ref points at; not null
     * @param id the id of the thing; not null
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if the id is blank, not trimmed (except a document's), too
     *     long or holds control, bidirectional control or unpaired surrogate characters
     */
    public Ref {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        boolean document = kind == Kind.DOCUMENT;
        int max = document ? MAX_DOCUMENT_LENGTH : Identifier.MAX_LENGTH;
        if (id.isBlank() || !document && !id.strip().equals(id) || id.length() > max
                || Text.problem("ref", id, document ? Text.Kind.TITLE : Text.Kind.NAME, max).isPresent()) {
            throw new IllegalArgumentException("A " + kind + " ref needs a non-blank, trimmed, well-formed id of at most "
                    + max + " characters: '"
                    + (id.length() > 100 ? id.substring(0, 100) + "\u2026" : id)
                            .replaceAll("\\p{Cc}|\\p{Cs}|[\u202A-\u202E\u2066-\u2069]", "\uFFFD") + "'");
        }
    }

    /**
     * {@return a ref to this kind of thing}
     *
     * @param kind what the ref points at; not null
     * @param id its id
     * @throws IllegalArgumentException as {@link #Ref(Kind, String)}
     */
    public static Ref of(Kind kind, String id) {
        return new Ref(kind, id);
    }

    /**
     * {@return a ref to a document the host keeps}
     *
     * @param reference the host's reference: a file name, an archive id
     * @throws IllegalArgumentException as {@link #Ref(Kind, String)}
     */
    public static Ref document(String reference) {
        return new Ref(Kind.DOCUMENT, reference);
    }

    /**
     * {@return the id if this ref is of {@code kind}, else empty}; the typed accessors of the
     * features ({@code EntryId.from(ref)}) are made from it
     *
     * @param kind the kind looked for; not null
     */
    public Optional<String> idOf(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return this.kind == kind ? Optional.of(id) : Optional.empty();
    }

    /**
     * {@return true if this ref is of {@code kind}}
     *
     * @param kind the kind; not null
     */
    public boolean is(Kind kind) {
        return this.kind == Objects.requireNonNull(kind, "kind");
    }

    @Override
    public int compareTo(Ref other) {
        return ORDER.compare(this, other);
    }

    /** {@return the kind and the id, e.g. {@code "LETTER A-2026-0117"}} */
    @Override
    public String toString() {
        return kind + " " + id;
    }
}
