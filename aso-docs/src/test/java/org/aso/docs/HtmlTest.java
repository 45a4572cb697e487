package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Holiday;
import org.aso.core.kernel.HolidayCalendar;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escape_neutralisesMarkup() {
        assertThat(Html.escape("<script>alert('x') & \"y\"</script>"))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    }

    @Test
    void deadline_listsHolidaysAndEscapesTheirNames() {
        // given: a local closure whose name carries markup
        var cal = KernelFixtures.paris().plusHolidays(HolidayCalendar.ofHolidays("Local",
                List.of(Holiday.of(LocalDate.of(2024, 6, 4), "<b>Closure</b>"))));
        // when
        String html = Html.deadline(cal.deadline(LocalDate.of(2024, 6, 3), 2), "received");
        // then
        assertThat(html).isEqualTo("<div class=\"aso-deadline\"><p>received Mon 3 Jun 2024 + 2 working days:"
                + " skipped 4 Jun (&lt;b&gt;Closure&lt;/b&gt;) -&gt; Thu 6 Jun 2024</p>"
                + "<ul><li><time datetime=\"2024-06-04\">2024-06-04</time> &lt;b&gt;Closure&lt;/b&gt;</li></ul></div>");
    }
}
