package org.aso.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Rooms and equipment read from a host's data: {@code validate()} returns problems, builders throw. */
class RoomsFromOutsideTest {

    @Test
    void room_ofCapacityZero_isAProblemOnTheDataPath() {
        Room.Builder b = Room.builder().id(RoomId.of("B2-301")).name("Salle Marianne").building("B2").capacity(0);
        assertThat(b.validate().getLeft()).extracting(Problem::code).containsExactly("agenda.room.bad-capacity");
        assertThatThrownBy(() -> Room.builder().id(RoomId.of("B2-301")).name("Salle Marianne").building("B2").capacity(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void room_everyProblemAtOnce() {
        Room.Builder b = Room.builder().id(RoomId.of("B2-301")).name("Salle\u0000Marianne").building(" ").floor("3\r")
                .capacity(-1).addEquipment("Video ");
        assertThat(b.validate().getLeft()).extracting(Problem::code).containsExactly(
                "kernel.text.control-character", "agenda.room.missing-building", "kernel.text.line-break",
                "agenda.room.bad-capacity", "agenda.room.bad-equipment");
    }

    @Test
    void room_nameWithControlCharacters_isRefusedByTheBuilderToo_itIsQuotedInOtherPeoplesProblems() {
        assertThatThrownBy(() -> Room.builder().id(RoomId.of("B2-301")).name("Salle\u001B[31m").building("B2").capacity(4).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Room.builder().id(RoomId.of("B2-301")).name("Salle Marianne").building("B2").capacity(4)
                .addEquipment("video").validate().get().capacity()).isEqualTo(4);
    }

    @Test
    void equipment_badKindOrName_isAProblem() {
        Equipment.Builder b = Equipment.builder().id(EquipmentId.of("p-1")).kind("Projector").name("Projector \u202E1");
        assertThat(b.validate().getLeft()).extracting(Problem::code)
                .containsExactly("agenda.equipment.bad-kind", "kernel.text.bidi-control");
        assertThat(Equipment.builder().id(EquipmentId.of("p-1")).kind("projector").name("").validate().getLeft())
                .extracting(Problem::code).containsExactly("agenda.equipment.missing-name");
        assertThatThrownBy(() -> Equipment.builder().id(EquipmentId.of("p-1")).kind("projector").name("P\u0000").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
