package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static String text(String html) {
        return HtmlText.text(html, () -> { });
    }

    @Test
    void text_dropsTagsScriptsStylesAndComments() {
        assertThat(text("<html><head><style>x{}</style></head><body>Hello <b>world</b><script>var a='<p>';</script>"
                + "<!-- <p>hidden</p> --></body></html>")).isEqualTo("Hello world");
    }

    @Test
    void text_putsBlocksOnLinesAndMarksListItems() {
        assertThat(text("<h1>Title</h1><p>One<br>Two</p><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>"))
                .isEqualTo("Title\n\nOne\nTwo\n\n- a\n- b\nx y");
    }

    @Test
    void text_decodesEntitiesAndLeavesUnknownOnes() {
        assertThat(text("&lt;a&gt; &amp;amp; &eacute;t&#233; &#x20AC; &unknown; &#xD800; & alone"))
                .isEqualTo("<a> &amp; été € &unknown; \uFFFD & alone");
    }

    @Test
    void text_survivesUnclosedMarkup() {
        assertThat(text("a <b")).isEqualTo("a");          // an unfinished tag at the end is dropped, as browsers do
        assertThat(text("a <3")).isEqualTo("a <3");
        assertThat(text("a <script>never closed")).isEqualTo("a");
        assertThat(text("a <!-- never closed")).isEqualTo("a");
        assertThat(text("1 < 2 and 3 > 2")).isEqualTo("1 < 2 and 3 > 2");
    }

    @Test
    void text_attributeValuesMayHoldAngleBrackets() {
        assertThat(text("<a title=\"x > y\">link</a> after")).isEqualTo("link after");
    }
}
