package org.aso.store.json;

import io.vavr.control.Either;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
import org.aso.core.kernel.Problem;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ready JSON mapper for aso-core's values, events and snapshots: {@link AsoJsonModule} on a
 * {@link JsonMapper} with {@link JsonLimits}. Reading never throws for bad input: it returns a
 * {@link Problem} whose {@code path} detail is the JSON Pointer of the offending place.
 *
 * <p>Thread-safe; make one and share it.
 */
public final class AsoJson {
    private final JsonLimits limits;

    private AsoJson(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** {@return a mapper with the {@linkplain JsonLimits#DEFAULT default limits}} */
    public static AsoJson create() {
        return create(JsonLimits.DEFAULT);
    }

    /**
     * {@return a mapper with these limits}
     *
     * @param limits what a read accepts at most
     */
    public static AsoJson create(JsonLimits limits) {
        return new AsoJson(limits);
    }

    /** {@return the limits of this mapper's reads} */
    public JsonLimits limits() {
        return limits;
    }

    /** {@return the Jackson mapper underneath, configured with the module and the limits} */
    public JsonMapper mapper() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * {@return the JSON form of a value, event or snapshot}
     *
     * @param value a value of one of {@link JsonTypes#all()}
     * @throws IllegalArgumentException if the value's type has no JSON form
     */
    public String write(Object value) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Writes the JSON form of a value to a writer, streaming (for large snapshots).
     *
     * @param value a value of one of {@link JsonTypes#all()}
     * @param out where to write; not closed
     * @throws IllegalArgumentException if the value's type has no JSON form
     * @throws java.io.UncheckedIOException if the writer fails
     */
    public void write(Object value, Writer out) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Reads a document as a value of a type.
     *
     * @param json the document; untrusted
     * @param type the type expected (for an event, its family, such as {@code EntryEvent.class})
     * @param <T> that type
     * @return the value, or the first problem: {@code json.syntax}, {@code json.type.unknown},
     *     {@code json.field.missing}, {@code json.field.unknown}, {@code json.value.invalid},
     *     {@code json.number.too-large}, {@code json.schema.unsupported} or {@code json.limit.*}, each with
     *     the detail {@code path}
     */
    public <T> Either<Problem, T> read(String json, Class<T> type) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Reads a document from a reader, streaming (for large snapshots), as {@link #read(String, Class)}.
     *
     * @param json the document; untrusted; not closed
     * @param type the type expected
     * @param <T> that type
     * @return the value, or the first problem (also {@code json.io} if the reader fails)
     */
    public <T> Either<Problem, T> read(Reader json, Class<T> type) {
        throw new UnsupportedOperationException("not yet");
    }
}
