package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.Test;

class RefTest {

    @Test
    void ref_ofEachId_carriesItsKindAndValue() {
        assertThat(EntryId.of("A-1").ref()).isEqualTo(new Ref(Ref.Kind.LETTER, "A-1"));
        assertThat(DossierId.of("d-1").ref()).isEqualTo(new Ref(Ref.Kind.DOSSIER, "d-1"));
        assertThat(MeetingId.of("m-1").ref()).isEqualTo(new Ref(Ref.Kind.MEETING, "m-1"));
        assertThat(TaskId.of("t-1").ref()).isEqualTo(new Ref(Ref.Kind.TASK, "t-1"));
        assertThat(Ref.document("note.pdf")).isEqualTo(new Ref(Ref.Kind.DOCUMENT, "note.pdf"));
    }

    @Test
    void from_refOfTheSameKind_givesTheIdBack_andOtherwiseEmpty() {
        Ref letter = EntryId.of("A-1").ref();
        assertThat(EntryId.from(letter)).contains(EntryId.of("A-1"));
        assertThat(DossierId.from(letter)).isEmpty();
        assertThat(MeetingId.from(DossierId.of("d-1").ref())).isEmpty();
        assertThat(DossierId.from(DossierId.of("d-1").ref())).contains(DossierId.of("d-1"));
        assertThat(MeetingId.from(MeetingId.of("m-1").ref())).contains(MeetingId.of("m-1"));
        assertThat(TaskId.from(TaskId.of("t-1").ref())).contains(TaskId.of("t-1"));
        assertThat(TaskId.from(Ref.document("t-1"))).isEmpty();
    }

    @Test
    void refsOfDifferentKinds_withTheSameId_areNotEqual() {
        assertThat(EntryId.of("x").ref()).isNotEqualTo(DossierId.of("x").ref());
        assertThat(Ref.of(Ref.Kind.TASK, "x").is(Ref.Kind.TASK)).isTrue();
        assertThat(Ref.of(Ref.Kind.TASK, "x").is(Ref.Kind.MEETING)).isFalse();
    }

    @Test
    void refs_orderByKindThenId() {
        List<Ref> refs = new ArrayList<>(List.of(Ref.document("a"), TaskId.of("b").ref(), EntryId.of("z").ref(),
                EntryId.of("b").ref(), DossierId.of("a").ref()));
        refs.sort(null);
        assertThat(refs).containsExactly(EntryId.of("b").ref(), EntryId.of("z").ref(), DossierId.of("a").ref(),
                TaskId.of("b").ref(), Ref.document("a"));
    }

    @Test
    void ref_badId_throwsWithTheValue() {
        assertThatThrownBy(() -> Ref.of(Ref.Kind.LETTER, " A-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("' A-1'");
        assertThatThrownBy(() -> Ref.of(Ref.Kind.DOSSIER, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ref.of(Ref.Kind.MEETING, "a\u202Eb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ref.of(Ref.Kind.TASK, "x".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Ref.document("x".repeat(500)).id()).hasSize(500);
        assertThat(Ref.document("Note ").id()).isEqualTo("Note ");
        assertThatThrownBy(() -> Ref.document("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ref.document("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Ref.of(null, "x")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toString_showsKindAndId() {
        assertThat(EntryId.of("A-1").ref()).hasToString("LETTER A-1");
    }
}
