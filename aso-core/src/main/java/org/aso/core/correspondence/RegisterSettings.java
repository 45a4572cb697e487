package org.aso.core.correspondence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.numbering.NumberingScheme;
import org.immutables.value.Value;

/**
 * What a register is and how it counts: its code and kind, its numbering, its business calendar,
 * its priority grades and delays, and how early it warns.
 *
 * <pre>{@code
 * RegisterSettings general = RegisterSettings.builder()
 *         .id(RegisterId.of("GEN")).code("A").name("Courrier général")
 *         .numbering(NumberingScheme.chronological())
 *         .calendar(parisOffice)
 *         .acknowledgeWithinWorkingDays(5)
 *         .putReplyWithinByDocumentType("parliamentary-question", 10)
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegisterSettings {
    RegisterSettings() {}

    /** What a register holds; several registers of different kinds are kept side by side. */
    public enum Kind {
        /** General mail. */
        GENERAL,
        /** Questions from members of parliament. */
        PARLIAMENTARY_QUESTIONS,
        /** Right-to-information (access to documents) requests. */
        RIGHT_TO_INFORMATION,
        /** Court cases. */
        COURT_CASES,
        /** Anything else. */
        OTHER
    }

    /** {@return the register's id} */
    public abstract RegisterId id();

    /** {@return the code printed in its numbers, e.g. {@code "A"} or {@code "DGA"}} */
    public abstract String code();

    /** {@return its name, e.g. "Courrier général"} */
    public abstract String name();

    /** {@return its kind} */
    @Value.Default
    public Kind kind() {
        return Kind.GENERAL;
    }

    /** {@return how its numbers look} */
    public abstract NumberingScheme numbering();

    /** {@return the calendar its deadlines are counted on; its zone gives the day of an instant} */
    public abstract BusinessCalendar calendar();

    /** {@return the priority grades; French mail-room grades unless given} */
    @Value.Default
    public List<PriorityGrade> grades() {
        return PriorityGrade.frenchMailRoom();
    }

    /** {@return the grade of mail registered without one} */
    @Value.Default
    public String defaultGrade() {
        return "normal";
    }

    /**
     * {@return Time limits of document types, in working days; the shorter of this and the grade's applies}
     * A registration whose limit comes to more than {@link org.aso.core.kernel.Limits#MAX_WORKING_DAYS}
     * is refused with {@code kernel.range.working-days}, as for a grade's.
     */
    public abstract Map<String, Integer> replyWithinByDocumentType();

    /**
     * {@return the time limit for an acknowledgement of receipt, in working days; none if absent} Incoming
     * mail is refused with {@code kernel.range.working-days} while it is more than
     * {@link org.aso.core.kernel.Limits#MAX_WORKING_DAYS}.
     */
    public abstract Optional<Integer> acknowledgeWithinWorkingDays();

    /**
     * {@return how many working days before the reply is due an entry is reported as due soon; a lead of
     * more than {@link org.aso.core.kernel.Limits#MAX_WORKING_DAYS} reports as that many does (no
     * reply is due later than that)}
     */
    @Value.Default
    public int alertLeadWorkingDays() {
        return 2;
    }

    /**
     * {@return the grade with this code}
     *
     * @param code the grade's code
     */
    public Optional<PriorityGrade> grade(String code) {
        return grades().stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RegisterSettings}; id, code, name, numbering and calendar are required. */
    public static class Builder extends ImmutableRegisterSettings.Builder {}

    @Value.Check
    void check() {
        if (code().isBlank() || name().isBlank()) {
            throw new IllegalArgumentException("A register needs a code and a name");
        }
        if (grades().isEmpty() || grade(defaultGrade()).isEmpty()) {
            throw new IllegalArgumentException("The default grade '" + defaultGrade() + "' is not among " + grades());
        }
        if (alertLeadWorkingDays() < 0 || acknowledgeWithinWorkingDays().filter(d -> d < 0).isPresent()
                || replyWithinByDocumentType().values().stream().anyMatch(d -> d < 0)) {
            throw new IllegalArgumentException("Delays must not be negative");
        }
        if (grades().stream().map(PriorityGrade::code).distinct().count() != grades().size()) {
            throw new IllegalArgumentException("Grade codes must be distinct: " + grades());
        }
    }
}
