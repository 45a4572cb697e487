package org.aso.core.numbering;

import java.time.LocalDate;
import java.util.Optional;
import org.aso.core.kernel.Direction;
import org.immutables.value.Value;

/**
 * What a number is asked for: the day of registration and the values the scheme's template may
 * print (register or unit code, direction, classification).
 *
 * <pre>{@code
 * NumberRequest.on(LocalDate.of(2026, 3, 2)).withCode("DGA").withDirection(Direction.INCOMING);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NumberRequest {
    NumberRequest() {}

    /** {@return the day of registration: it gives the year and month} */
    @Value.Parameter
    public abstract LocalDate date();

    /** {@return the register's or unit's code, e.g. {@code "A"}, {@code "DGA"}, {@code "JTSECY"}} */
    public abstract Optional<String> code();

    /** {@return the direction of the mail to number (incoming, outgoing or internal), if it has one} */
    public abstract Optional<Direction> direction();

    /** {@return the classification code, e.g. {@code "C-15012"}} */
    public abstract Optional<String> classification();

    /**
     * {@return a request for {@code date} with no other value}
     *
     * @param date the day the number is given
     */
    public static NumberRequest on(LocalDate date) {
        return ImmutableNumberRequest.of(date);
    }

    /**
     * With a register or unit code.
     *
     * @param code the register's or unit's code
     * @return a copy with that code
     */
    public abstract NumberRequest withCode(String code);

    /**
     * With a direction.
     *
     * @param direction the mail's direction
     * @return a copy with that direction
     */
    public abstract NumberRequest withDirection(Direction direction);

    /**
     * With a classification code.
     *
     * @param classification the classification code, from the filing plan
     * @return a copy with that classification code
     */
    public abstract NumberRequest withClassification(String classification);
}
