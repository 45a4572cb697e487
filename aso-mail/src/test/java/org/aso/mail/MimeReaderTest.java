package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MimeReaderTest {
    private static int delimiters(String body, String boundary) throws IOException {
        return MimeReader.delimiters(new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)), boundary);
    }

    @Test
    void delimiters_countsLinesStartingWithTheBoundary() throws IOException {
        assertThat(delimiters("preamble\r\n--B\r\n\r\na\r\n--B\r\nx --B\r\n--B--\r\n", "B")).isEqualTo(3);
        assertThat(delimiters("--Bx\n--C\n", "B")).isEqualTo(1);
        assertThat(delimiters("no boundary here", "B")).isZero();
    }

    @Test
    void delimiters_withoutBoundary_takesTheFirstDashLine() throws IOException {
        assertThat(delimiters("text\n-x\n--ZZ \r\nbody\n--ZZ\n--YY\n--ZZ--\n", null)).isEqualTo(3);
        assertThat(delimiters("--\n--Q\n--Q--", null)).isEqualTo(2);
    }
}
