package org.aso.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aso.core.disruption.Absence;
import org.aso.core.disruption.AbsenceItem;
import org.aso.core.disruption.HandoverNote;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.Escalation;
import org.junit.jupiter.api.Test;

/** A handover note is kept by the host and drafted later: it reads back from its JSON as it was written. */
class HandoverNoteJsonTest {
    private static final AsoJson JSON = AsoJson.create();

    @Test
    void a_handover_note_reads_back_from_its_json_with_its_kept_items_and_empty_titles() {
        // given
        Absence sick = Absence.of(PersonId.of("p-17"), Absence.Kind.SICK_LEAVE,
                Interval.of(Instant.parse("2026-03-09T07:00:00Z"), Instant.parse("2026-03-13T23:00:00Z")));
        AbsenceItem letter = new AbsenceItem(AbsenceItem.Concern.LETTER_HANDLED, Ref.of(Ref.Kind.LETTER, "GEN/2026-A-000001"),
                Optional.empty(), "ASSIGNED", Optional.of(LocalDate.of(2026, 3, 12)), Optional.empty());
        AbsenceItem file = new AbsenceItem(AbsenceItem.Concern.DOSSIER_HELD, DossierId.of("d-2").ref(),
                Optional.of("Disciplinary case"), "OPEN", Optional.of(LocalDate.of(2026, 3, 12)), Optional.empty());
        HandoverNote note = new HandoverNote(sick, PersonId.of("p-9"), Instant.parse("2026-03-09T07:30:00Z"),
                PersonId.of("p-3"), List.of(letter),
                List.of(new HandoverNote.Kept(file, "dossier.transfer.recipient-not-cleared")));
        Escalation.Deputy deputy = new Escalation.Deputy(sick.person(), PersonId.of("p-9"), sick.interval());

        // when
        String written = JSON.write(note);

        // then
        assertThat(JSON.read(written, HandoverNote.class).get()).isEqualTo(note);
        assertThat(written).contains("\"SICK_LEAVE\"", "\"dossier.transfer.recipient-not-cleared\"", "\"2026-03-12\"");
        assertThat(JSON.read(JSON.write(deputy), Escalation.Deputy.class).get()).isEqualTo(deputy);
    }
}
