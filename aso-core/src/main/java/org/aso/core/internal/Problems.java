package org.aso.core.internal;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.List;
import org.aso.core.kernel.Problem;

/** Bridges Vavr's accumulating {@link Validation} to the public {@code Either<List<Problem>, T>}. */
public final class Problems {
    private Problems() {}

    /** Turns an accumulated validation into the public form: every problem, in order, or the value. */
    public static <T> Either<List<Problem>, T> toEither(Validation<Seq<Problem>, T> validation) {
        return validation.isValid()
                ? Either.right(validation.get())
                : Either.left(List.copyOf(validation.getError().toJavaList()));
    }

    /** Lifts a single-problem decision into an accumulating validation. */
    public static <T> Validation<Seq<Problem>, T> accumulate(Either<Problem, T> either) {
        return either.isRight()
                ? Validation.valid(either.get())
                : Validation.invalid(io.vavr.collection.List.of(either.getLeft()));
    }
}
