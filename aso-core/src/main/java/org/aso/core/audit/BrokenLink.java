package org.aso.core.audit;

import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * Where and why a stored trail stops being trustworthy: the first entry that does not fit the
 * chain, what is wrong with it, and the value expected there against the value found.
 *
 * <p>{@link #index()} is the position in the list that was verified (from 0); the entry there
 * should carry sequence {@link #sequence()} ({@code index + 1}). For {@link Reason#TRUNCATED} the
 * index is the list's size: the first position where an entry is missing.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class BrokenLink {

    /** What is wrong with the entry at the broken link. */
    public enum Reason {
        /** The entry's sequence is not its position + 1: an entry before it was removed, or entries were inserted or moved. */
        OUT_OF_SEQUENCE("out-of-sequence"),
        /** The entry's previous hash is not its predecessor's hash: an entry before it was removed, replaced, inserted or moved. */
        UNLINKED("unlinked"),
        /** The entry's fields no longer match its hash: it was altered. */
        ALTERED("altered"),
        /** The entry is dated before its predecessor. */
        TIME_BACKWARDS("time-backwards"),
        /** The list ends before the checkpoint's sequence: entries were removed from the end. */
        TRUNCATED("truncated"),
        /** The chain holds together but its entry at the checkpoint's sequence has another hash: it was rewritten. */
        CHECKPOINT_MISMATCH("checkpoint-mismatch");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        /** {@return a stable lower-case code, e.g. {@code "out-of-sequence"}, given as the {@code reason} detail of problems} */
        public String code() {
            return code;
        }
    }

    BrokenLink() {}

    /** {@return the position in the verified list (from 0) of the first entry that does not fit} */
    @Value.Parameter
    public abstract int index();

    /** {@return what is wrong there} */
    @Value.Parameter
    public abstract Reason reason();

    /** {@return what the chain called for at that point (a sequence, a hash, an instant)} */
    @Value.Parameter
    public abstract String expected();

    /** {@return what was found instead} */
    @Value.Parameter
    public abstract String found();

    /** {@return the sequence the entry at {@link #index()} should carry: {@code index + 1}} */
    public long sequence() {
        return index() + 1L;
    }

    /** {@return a sentence for people, e.g. {@code "Entry 7 (index 6) was altered: ..."}} */
    public String message() {
        String where = "Entry " + sequence() + " (index " + index() + ")";
        return switch (reason()) {
            case OUT_OF_SEQUENCE -> where + " carries sequence " + found()
                    + ": an entry before it was removed, or entries were inserted or moved";
            case UNLINKED -> where + " does not point to the hash of the entry before it"
                    + ": an entry was removed, replaced, inserted or moved";
            case ALTERED -> where + " no longer matches its hash: it was altered";
            case TIME_BACKWARDS -> where + " is dated " + found() + ", before the entry preceding it";
            case TRUNCATED -> "The trail ends before entry " + sequence() + ": entries were removed from its end";
            case CHECKPOINT_MISMATCH -> where + " differs from the checkpoint: the trail was rewritten";
        };
    }

    /**
     * {@link #message()} for a reader of {@code locale}: {@code "L’entrée 7 (position 6) ne correspond
     * plus à son empreinte : elle a été modifiée"}. Instants found are shown as stored (UTC).
     *
     * @param locale the reader's locale (French and English shipped, English otherwise)
     * @return the sentence
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(java.util.Locale locale) {
        org.aso.core.internal.Phrasebook book = org.aso.core.internal.Phrasebook.of(locale);
        return book.text("broken-link." + reason().code(), String.valueOf(sequence()), String.valueOf(index()), found());
    }

    static BrokenLink of(int index, Reason reason, String expected, String found) {
        return ImmutableBrokenLink.of(index, reason, expected, found);
    }

    @Override
    public String toString() {
        return reason().code() + " at index " + index() + ": expected " + expected() + ", found " + found();
    }
}
