package org.aso.core.dossier;

import java.util.Optional;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Limits;
import org.aso.core.numbering.NumberingScheme;
import org.immutables.value.Value;

/**
 * The settings of a section's dossier rules: the business calendar (its zone gives the day of a
 * decision, its working days count how long a file has been held), volume limits, the holding
 * limit, whether a dossier may be closed with open action items, and the numbering scheme of
 * reference numbers if the book gives them.
 *
 * <pre>{@code
 * DossierPolicy policy = DossierPolicy.of(parisCalendar)
 *         .withNumbering(NumberingScheme.indianFileNumber())   // C-15012/1/2026-JTSECY
 *         .withVolumeLimits(VolumeLimits.of(300, 150))
 *         .withHoldingLimit(5)
 *         .withClosingWithOpenActions(true);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DossierPolicy {
    /**
     * Seven working days: the Manual of Office Procedure of the Government of India asks that a
     * file be dealt with and passed on within a week; the default holding limit.
     */
    public static final int DEFAULT_HOLDING_LIMIT = 7;

    DossierPolicy() {}

    /** {@return the calendar of the section} */
    public abstract BusinessCalendar calendar();

    /** {@return when a new volume is started; {@link VolumeLimits#standard()} unless set} */
    @Value.Default
    public VolumeLimits volumeLimits() {
        return VolumeLimits.standard();
    }

    /**
     * {@return the most working days one person may hold a file before it is flagged;
     * {@value #DEFAULT_HOLDING_LIMIT} unless set, at most {@link Limits#MAX_WORKING_DAYS}}
     */
    @Value.Default
    public int holdingLimit() {
        return DEFAULT_HOLDING_LIMIT;
    }

    /** {@return true if a dossier may be closed while action items are open (they stay open, frozen); false unless set} */
    @Value.Default
    public boolean closingWithOpenActions() {
        return false;
    }

    /**
     * The scheme a {@link DossierBook} numbers new dossiers with, as a register numbers mail; empty
     * unless set, and then the host gives each {@link OpenDossier} its reference number. A number
     * is asked for the day of the opening in the calendar's zone, with the owner unit's id as
     * {@code {code}} and the classification code as {@code {class}}.
     *
     * @return the scheme, or empty when the host numbers dossiers
     */
    public abstract Optional<NumberingScheme> numbering();

    /**
     * {@return the default policy over {@code calendar}}
     *
     * @param calendar the working days that time limits and holding counts are reckoned in; not null
     */
    public static DossierPolicy of(BusinessCalendar calendar) {
        return ImmutableDossierPolicy.builder().calendar(calendar).build();
    }

    /**
     * {@return a copy with other volume limits}
     *
     * @param limits the new volume limits
     */
    public abstract DossierPolicy withVolumeLimits(VolumeLimits limits);

    /**
     * {@return a copy with another holding limit}
     *
     * @param workingDays the new holding limit, in working days
     * @throws IllegalArgumentException if {@code workingDays} is below 1 or above
     *     {@link Limits#MAX_WORKING_DAYS}
     */
    public abstract DossierPolicy withHoldingLimit(int workingDays);

    /**
     * Returns a copy whose book numbers new dossiers with {@code scheme}.
     *
     * @param scheme the numbering scheme; not null
     * @return the copy
     */
    public abstract DossierPolicy withNumbering(NumberingScheme scheme);

    /**
     * Returns a copy that allows or forbids closing with open action items.
     *
     * @param allowed true to let a dossier close while action items are still open
     * @return the copy
     */
    public abstract DossierPolicy withClosingWithOpenActions(boolean allowed);

    @Value.Check
    void check() {
        if (holdingLimit() < 1 || holdingLimit() > Limits.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("The holding limit must be from 1 to " + Limits.MAX_WORKING_DAYS
                    + " working days: " + holdingLimit());
        }
    }
}
