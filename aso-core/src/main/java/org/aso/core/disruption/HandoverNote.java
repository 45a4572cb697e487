package org.aso.core.disruption;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.PersonId;

/**
 * The note a handover leaves: who handed over to whom, why and for how long, each item handed
 * over with its kind, reference, title (as the actor may see it), state and deadline as they are
 * after the handover, and each chosen item that stayed with the person, with the code of the rule
 * that kept it. Structured, so that a document template can lay it out; {@link #toText} gives it
 * as plain text in French or English.
 *
 * <p>Immutable and thread-safe.
 *
 * @param absence who is away, why and when
 * @param deputy who took the items over; notices for the person go to them during the absence
 * @param at when the handover was decided
 * @param by who decided it
 * @param handedOver the items now with the deputy, in ref order
 * @param kept the chosen items that stayed with the person, in ref order
 */
public record HandoverNote(Absence absence, PersonId deputy, Instant at, PersonId by, List<AbsenceItem> handedOver,
                           List<Kept> kept) {

    /**
     * A chosen item that stayed with the person, and why.
     *
     * @param item the item, as it still is
     * @param code the code of the refusal that kept it ({@code dossier.transfer.recipient-not-cleared})
     */
    public record Kept(AbsenceItem item, String code) {
        /**
         * A kept item.
         *
         * @param item the item; not null
         * @param code the refusal's code; not null
         * @throws NullPointerException if an argument is null
         */
        public Kept {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * A note.
     *
     * @param absence who is away; not null
     * @param deputy who took over; not null
     * @param at when; not null
     * @param by who decided; not null
     * @param handedOver the items handed over; not null (copied)
     * @param kept the items kept; not null (copied)
     * @throws NullPointerException if an argument or an element is null
     */
    public HandoverNote {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(deputy, "deputy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        handedOver = List.copyOf(handedOver);
        kept = List.copyOf(kept);
    }

    /** {@return who handed over: the person away} */
    public PersonId from() {
        return absence.person();
    }

    /**
     * The note as text for a reader of {@code locale} (French or English; another language gets
     * English), times in {@code zone}: a heading, the items handed over, the items kept with the
     * French or English sentence of their code's rule, and where the notices go. In English:
     * <pre>
     * Handover from p-17 (sick leave, Monday 9 March 2026 08:00 to Saturday 14 March 2026 00:00) to p-9, by p-3 on Monday 9 March 2026 08:30
     * Handed over (2):
     * - Letter to handle: LETTER GEN/2026-A-000001 'Subsidy' (ASSIGNED), due Wednesday 11 March 2026
     * ...
     * Notices for p-17 go to p-9 until Saturday 14 March 2026 00:00.
     * </pre>
     *
     * @param locale the reader's locale; not null
     * @param zone the reader's time zone; not null
     * @return the text, lines separated by {@code \n}
     */
    public String toText(Locale locale, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        Phrasebook book = Phrasebook.of(locale);
        StringBuilder out = new StringBuilder(book.text("handover.heading", from().value(), absence.kind().label(locale),
                book.dayTime(absence.interval().start().atZone(zone)), book.dayTime(absence.interval().end().atZone(zone)),
                deputy.value(), by.value(), book.dayTime(at.atZone(zone))));
        out.append('\n').append(book.text("handover.handed-over", handedOver.size()));
        for (AbsenceItem i : handedOver) {
            out.append('\n').append("- ").append(i.toText(locale, zone));
        }
        if (!kept.isEmpty()) {
            out.append('\n').append(book.text("handover.kept", kept.size()));
            for (Kept k : kept) {
                out.append('\n').append("- ").append(book.text("handover.kept-item", k.item().toText(locale, zone),
                        book.text("handover.why." + k.code())));
            }
        }
        out.append('\n').append(book.text("handover.notices", from().value(), deputy.value(),
                book.dayTime(absence.interval().end().atZone(zone))));
        return out.toString();
    }
}
