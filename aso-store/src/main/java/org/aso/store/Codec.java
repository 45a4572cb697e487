package org.aso.store;

import io.vavr.control.Either;
import java.io.Reader;
import org.aso.core.kernel.Problem;
import org.aso.store.json.AsoJson;

/** How payloads become text and back: {@link AsoJson} in production. */
interface Codec {
    /** {@return the text of a value} */
    String write(Object value);

    /** Writes the text of a value to {@code out}, not closing it. */
    void write(Object value, java.io.Writer out);

    /** {@return the value a text holds, or the problem} */
    <T> Either<Problem, T> read(String text, Class<T> type);

    /** {@return the value a streamed text holds, or the problem} */
    <T> Either<Problem, T> read(Reader text, Class<T> type);

    /** {@return the codec of a JSON mapper} */
    static Codec json(AsoJson json) {
        return new Codec() {
            @Override
            public String write(Object value) {
                java.io.StringWriter out = new java.io.StringWriter();
                json.write(value, out);
                return out.toString();
            }

            @Override
            public void write(Object value, java.io.Writer out) {
                json.write(value, out);
            }

            @Override
            public <T> Either<Problem, T> read(String text, Class<T> type) {
                return json.read(text, type);
            }

            @Override
            public <T> Either<Problem, T> read(Reader text, Class<T> type) {
                return json.read(text, type);
            }
        };
    }
}
