package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {
    private static final Problem NO_RETENTION = Problem.of("dossier.plan.no-retention", "C-1 has no retention rule")
            .with("code", "C-1");
    private static final Problem UNKNOWN_PARENT = Problem.of("dossier.plan.unknown-parent", "C-9 has no parent")
            .with("code", "C-9").with("parent", "C-8");

    @Test
    void combine_one_isTheProblemItself() {
        assertThat(Problems.combine(List.of(NO_RETENTION))).isSameAs(NO_RETENTION);
    }

    @Test
    void combine_several_keepsEveryPartInOrder() {
        Problem p = Problems.combine(List.of(NO_RETENTION, UNKNOWN_PARENT));
        assertThat(p.code()).isEqualTo(Problems.SEVERAL).isEqualTo("kernel.problems.several");
        assertThat(p.message()).isEqualTo("2 problems: C-1 has no retention rule; C-9 has no parent");
        assertThat(p.details()).containsExactly(
                entry("count", "2"),
                entry("1.code", "dossier.plan.no-retention"), entry("1.message", "C-1 has no retention rule"),
                entry("1.detail.code", "C-1"),
                entry("2.code", "dossier.plan.unknown-parent"), entry("2.message", "C-9 has no parent"),
                entry("2.detail.code", "C-9"), entry("2.detail.parent", "C-8"));
    }

    private static java.util.Map.Entry<String, String> entry(String k, String v) {
        return java.util.Map.entry(k, v);
    }

    @Test
    void combine_none_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> Problems.combine(List.of()));
    }

    @Test
    void orThrow_right_isTheValue() {
        assertThat(Problems.orThrow(Either.<Problem, String>right("ok"))).isEqualTo("ok");
        assertThat(Problems.allOrThrow(Either.<List<Problem>, String>right("ok"))).isEqualTo("ok");
    }

    @Test
    void orThrow_left_throwsTheProblem() {
        assertThatThrownBy(() -> Problems.orThrow(Either.<Problem, String>left(UNKNOWN_PARENT)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem()).isSameAs(UNKNOWN_PARENT);
                    assertThat(e.code()).isEqualTo("dossier.plan.unknown-parent");
                    assertThat(e).hasMessage("dossier.plan.unknown-parent: C-9 has no parent {code=C-9, parent=C-8}");
                });
    }

    @Test
    void allOrThrow_left_throwsThemCombined() {
        assertThatThrownBy(() -> Problems.allOrThrow(Either.<List<Problem>, String>left(List.of(NO_RETENTION))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem()).isSameAs(NO_RETENTION));
        assertThatThrownBy(() -> Problems.allOrThrow(
                Either.<List<Problem>, String>left(List.of(NO_RETENTION, UNKNOWN_PARENT))))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(Problems.SEVERAL);
                    assertThat(e.problem().detail("2.detail.parent")).contains("C-8");
                });
    }

    @Test
    void asOne_chainsAValidationWithADecision() {
        Either<Problem, Integer> r = Problems.asOne(Either.<List<Problem>, String>left(List.of(NO_RETENTION)))
                .flatMap(s -> Either.right(s.length()));
        assertThat(r.getLeft()).isSameAs(NO_RETENTION);
        assertThat(Problems.asOne(Either.<List<Problem>, String>right("abc")).map(String::length).get()).isEqualTo(3);
    }

    @Test
    void problemException_serialized_keepsItsCodeAndMessage() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ProblemException(UNKNOWN_PARENT));
        }
        ProblemException back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (ProblemException) in.readObject();
        }
        assertThat(back.code()).isEqualTo("dossier.plan.unknown-parent");
        assertThat(back.problem().code()).isEqualTo("dossier.plan.unknown-parent");
        assertThat(back.problem().message()).contains("C-9 has no parent").contains("parent=C-8");
    }
}
