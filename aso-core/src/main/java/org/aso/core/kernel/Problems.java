package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Conversions between core's two failure shapes and what a host needs at its border: validation
 * gives every problem at once ({@code Either<List<Problem>, T>}), decisions give the first refusal
 * ({@code Either<Problem, T>}).
 *
 * <pre>{@code
 * FilingPlan plan = Problems.allOrThrow(FilingPlan.of(entries));   // or ProblemException, every problem inside
 * Either<Problem, FilingPlan> one = Problems.asOne(FilingPlan.of(entries)); // to chain with decisions
 * Dossier d = Problems.orThrow(rules.open(command, ctx)).dossier(); // or ProblemException(the refusal)
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Problems {
    /**
     * The code of the problem that stands for several ({@link #combine}); its details say how many
     * ({@code count}) and, for the n-th from 1, its {@code n.code}, {@code n.message} and each of
     * its details as {@code n.detail.<key>}.
     */
    public static final String SEVERAL = "kernel.problems.several";

    private Problems() {}

    /**
     * Many problems as one: the problem itself if there is one, else a problem coded
     * {@link #SEVERAL} whose message lists the messages in order and whose details hold every part
     * ({@code count}; then {@code 1.code}, {@code 1.message}, {@code 1.detail.<key>} for each
     * detail of the first, {@code 2.code}, ...).
     *
     * <pre>{@code
     * Problems.combine(List.of(Problem.of("dossier.plan.no-retention", "C-1 has no retention rule"),
     *                          Problem.of("dossier.plan.unknown-parent", "C-9 has no parent C-8").with("parent", "C-8")));
     * // kernel.problems.several: 2 problems: C-1 has no retention rule; C-9 has no parent C-8
     * //     {count=2, 1.code=dossier.plan.no-retention, 1.message=..., 2.code=..., 2.message=..., 2.detail.parent=C-8}
     * }</pre>
     *
     * @param problems the problems, in the order found; not null, not empty, no null element
     * @return one problem standing for all of them; never null
     * @throws IllegalArgumentException if {@code problems} is empty
     * @throws NullPointerException if {@code problems} or an element is null
     */
    public static Problem combine(List<Problem> problems) {
        List<Problem> all = List.copyOf(problems);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("No problem to combine");
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        StringBuilder message = new StringBuilder().append(all.size()).append(" problems: ");
        Map<String, String> details = new LinkedHashMap<>();
        details.put("count", Integer.toString(all.size()));
        for (int i = 0; i < all.size(); i++) {
            Problem p = all.get(i);
            String n = (i + 1) + ".";
            message.append(i == 0 ? "" : "; ").append(p.message());
            details.put(n + "code", p.code());
            details.put(n + "message", p.message());
            p.details().forEach((key, value) -> details.put(n + "detail." + key, value));
        }
        return ImmutableProblem.builder().code(SEVERAL).message(message.toString()).putAllDetails(details).build();
    }

    /**
     * A validation's result in the shape of a decision's, so that the two chain with
     * {@code flatMap}: the problems {@linkplain #combine combined} into one.
     *
     * @param validated a validation's result; not null, its {@code Left} not empty
     * @param <T> the valid value's type
     * @return the same value, or one problem standing for all
     * @throws IllegalArgumentException if {@code validated} is a {@code Left} with no problem
     */
    public static <T> Either<Problem, T> asOne(Either<List<Problem>, T> validated) {
        Objects.requireNonNull(validated, "validated");
        return validated.mapLeft(Problems::combine);
    }

    /**
     * The value of a decision, or a {@link ProblemException} carrying its refusal.
     *
     * @param decided a decision's result; not null
     * @param <T> the value's type
     * @return the value when {@code decided} is a {@code Right}
     * @throws ProblemException carrying the problem, when {@code decided} is a {@code Left}
     */
    public static <T> T orThrow(Either<Problem, T> decided) {
        Objects.requireNonNull(decided, "decided");
        if (decided.isLeft()) {
            throw new ProblemException(decided.getLeft());
        }
        return decided.get();
    }

    /**
     * The value of a validation, or a {@link ProblemException} carrying its problems
     * {@linkplain #combine combined} (the problem itself if there is one).
     *
     * @param validated a validation's result; not null, its {@code Left} not empty
     * @param <T> the value's type
     * @return the value when {@code validated} is a {@code Right}
     * @throws ProblemException carrying the combined problem, when {@code validated} is a {@code Left}
     */
    public static <T> T allOrThrow(Either<List<Problem>, T> validated) {
        return orThrow(asOne(validated));
    }
}
