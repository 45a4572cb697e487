package org.aso.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ContentParser}: ical4j's tokenizer driving our own handler, and what is done around it. */
class ContentParserTest {

    private static List<Node.Prop> props(String... eventLines) {
        String[] lines = new String[eventLines.length + 4];
        lines[0] = "BEGIN:VCALENDAR";
        lines[1] = "BEGIN:VEVENT";
        System.arraycopy(eventLines, 0, lines, 2, eventLines.length);
        lines[lines.length - 2] = "END:VEVENT";
        lines[lines.length - 1] = "END:VCALENDAR";
        List<Node> calendars = ContentParser.parse(ReadingFixtures.ics(lines), Ics.Limits.DEFAULT, Deadline.after(Duration.ofSeconds(5)));
        return calendars.get(0).children().get(0).props();
    }

    @Test
    void parameterLists_keepEveryValue_andTheValueOfTheProperty() {
        List<Node.Prop> p = props(
                "ATTENDEE;DELEGATED-TO=\"mailto:a@x.org\",\"mailto:b@x.org\";CN=Zed:mailto:c@x.org",
                "ATTENDEE;MEMBER=a,b;CN=\"Dupont, Claire; dite \\\"CD\\\"\":mailto:d@x.org",
                "X-A;X-P=a=b=c:x,y:z");
        assertThat(p.get(0).params()).containsEntry("DELEGATED-TO", "mailto:a@x.org,mailto:b@x.org").containsEntry("CN", "Zed");
        assertThat(p.get(0).value()).isEqualTo("mailto:c@x.org");
        assertThat(p.get(1).params()).containsEntry("MEMBER", "a,b");
        assertThat(p.get(1).params().get("CN")).startsWith("Dupont, Claire; dite");
        assertThat(p.get(1).value()).isEqualTo("mailto:d@x.org");
        assertThat(p.get(2).params()).containsEntry("X-P", "a=b=c");
        assertThat(p.get(2).value()).isEqualTo("x,y:z");
    }

    @Test
    void foldedLines_areJoined_whateverTheLineEndsAndTheFoldingCharacter() {
        String text = "BEGIN:VCALENDAR\nBEGIN:VEVENT\r\nSUMMARY:Réu\r\n nion\n\td'équipe\r ✓\r\nEND:VEVENT\rEND:VCALENDAR";
        Node.Prop summary = ContentParser.parse(text, Ics.Limits.DEFAULT, Deadline.after(Duration.ofSeconds(5)))
                .get(0).children().get(0).props().get(0);
        assertThat(summary.value()).isEqualTo("Réunion d'équipe✓".replace(" ", ""));
        assertThat(summary.line()).isEqualTo(3);
    }

    @Test
    void aSyntaxError_namesTheLineOfTheTextAsSent() {
        String text = ReadingFixtures.ics("BEGIN:VCALENDAR", "BEGIN:VEVENT", "SUMMARY:a", " b", " c", "DTSTART", "END:VEVENT");
        assertThatThrownBy(() -> ContentParser.parse(text, Ics.Limits.DEFAULT, Deadline.after(Duration.ofSeconds(5))))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.problem().code()).isEqualTo("calendar.parse.syntax");
                    assertThat(r.problem().detail("line").map(Integer::parseInt).orElseThrow()).isGreaterThanOrEqualTo(6);
                });
    }

    @Test
    void textValues_loseTheirEscapes_andListsSplitOnPlainCommasOnly() {
        assertThat(Values.text("a\\, b\\; c\\\\d\\ne\\Nf\\x")).isEqualTo("a, b; c\\d\ne\nf\\x");
        assertThat(Values.texts("Réunion,a\\,b,")).containsExactly("Réunion", "a,b", "");
    }
}
