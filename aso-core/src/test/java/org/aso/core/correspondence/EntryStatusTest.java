package org.aso.core.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.core.correspondence.EntryStatus.ANSWERED;
import static org.aso.core.correspondence.EntryStatus.ASSIGNED;
import static org.aso.core.correspondence.EntryStatus.AWAITING_APPROVAL;
import static org.aso.core.correspondence.EntryStatus.CLOSED;
import static org.aso.core.correspondence.EntryStatus.DRAFT;
import static org.aso.core.correspondence.EntryStatus.IN_PROGRESS;
import static org.aso.core.correspondence.EntryStatus.REGISTERED;
import static org.aso.core.correspondence.EntryStatus.SENT;
import static org.aso.core.correspondence.EntryStatus.SIGNED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.aso.core.kernel.Direction;
import org.junit.jupiter.api.Test;

/** The register's lifecycle, written out as a table and compared with {@link EntryStatus#mayBecome} whole. */
class EntryStatusTest {
    /**
     * What may follow each status. Incoming and internal mail moves forward, may skip steps, and may go
     * one step back while open (an assignment withdrawn, work handed back, an answer found wanting);
     * outgoing mail goes back from approval to drafting only; closed and sent mail stays so.
     */
    static final Map<EntryStatus, Set<EntryStatus>> NEXT = Map.of(
            REGISTERED, EnumSet.of(ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED),
            ASSIGNED, EnumSet.of(REGISTERED, IN_PROGRESS, ANSWERED, CLOSED),
            IN_PROGRESS, EnumSet.of(ASSIGNED, ANSWERED, CLOSED),
            ANSWERED, EnumSet.of(IN_PROGRESS, CLOSED),
            CLOSED, EnumSet.noneOf(EntryStatus.class),
            DRAFT, EnumSet.of(AWAITING_APPROVAL, SIGNED),
            AWAITING_APPROVAL, EnumSet.of(DRAFT, SIGNED),
            SIGNED, EnumSet.of(SENT),
            SENT, EnumSet.noneOf(EntryStatus.class));

    @Test
    void mayBecome_everyPairOfStatuses_followsTheTable() {
        assertThat(NEXT).containsOnlyKeys(EntryStatus.values());
        for (EntryStatus from : EntryStatus.values()) {
            for (EntryStatus to : EntryStatus.values()) {
                assertThat(from.mayBecome(to)).as("%s -> %s", from, to).isEqualTo(NEXT.get(from).contains(to));
            }
        }
    }

    @Test
    void mayBecome_neverCrossesBetweenIncomingAndOutgoingNorStaysPut() {
        Set<EntryStatus> outgoing = EntryStatus.of(Direction.OUTGOING);
        for (EntryStatus from : EntryStatus.values()) {
            assertThat(from.mayBecome(from)).as("%s -> itself", from).isFalse();
            for (EntryStatus to : EntryStatus.values()) {
                if (from.mayBecome(to)) {
                    assertThat(outgoing.contains(to)).as("%s -> %s", from, to).isEqualTo(outgoing.contains(from));
                }
            }
        }
    }

    @Test
    void of_andInitial_splitTheStatusesByDirection() {
        assertThat(EntryStatus.of(Direction.OUTGOING)).containsExactlyInAnyOrder(DRAFT, AWAITING_APPROVAL, SIGNED, SENT);
        assertThat(EntryStatus.of(Direction.INCOMING))
                .containsExactlyInAnyOrder(REGISTERED, ASSIGNED, IN_PROGRESS, ANSWERED, CLOSED);
        assertThat(EntryStatus.initial(Direction.OUTGOING)).isEqualTo(DRAFT);
        assertThat(EntryStatus.initial(Direction.INCOMING)).isEqualTo(REGISTERED);
    }

    @Test
    void isOpen_onlyWhileTheSectionOwesSomething() {
        assertThat(EnumSet.allOf(EntryStatus.class).stream().filter(EntryStatus::isOpen))
                .containsExactlyInAnyOrder(REGISTERED, ASSIGNED, IN_PROGRESS);
    }
}
