package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.aso.core.numbering.NumberingScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Megabytes where a few characters are expected: the answer is refused quickly and never quotes
 * the whole input back (a problem or an exception message ends up in logs and on screens).
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OversizedInputTest {
    private static final String MEGABYTES = "x".repeat(5_000_000);

    @Test
    void emailAddress_ofMegabytes_isTooLong_andQuotesOnlyItsStart() {
        Problem p = EmailAddress.parse(MEGABYTES + "@example.org").getLeft();

        assertThat(p.code()).isEqualTo("kernel.email.too-long");
        assertThat(p.detail("input").orElseThrow()).hasSizeLessThanOrEqualTo(101).startsWith("xxx");
    }

    @Test
    void identifier_ofMegabytes_isAProgrammerError_whoseMessageStaysShort() {
        assertThatThrownBy(() -> PersonId.of(MEGABYTES))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(400).contains("PersonId"));
    }

    @Test
    void numberingTemplate_ofMegabytes_isRefusedBeforeItIsRead() {
        var problems = NumberingScheme.parse("{yy}".repeat(1_000_000), NumberingScheme.Reset.YEARLY).getLeft();

        assertThat(problems).extracting(Problem::code).containsExactly("numbering.template.too-long");
        assertThat(problems.get(0).toString()).hasSizeLessThan(300);
        // at the limit the template is read (here it breaks another rule: literals of at most 40 characters)
        String longest = "{yy}-" + "A".repeat(NumberingScheme.MAX_TEMPLATE - 15) + "-{counter}";
        assertThat(longest).hasSize(NumberingScheme.MAX_TEMPLATE);
        assertThat(NumberingScheme.parse(longest, NumberingScheme.Reset.YEARLY).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.bad-literal");
        assertThat(NumberingScheme.parse(longest + "1", NumberingScheme.Reset.YEARLY).getLeft())
                .extracting(Problem::code).containsExactly("numbering.template.too-long");
    }
}
