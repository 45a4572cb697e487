package org.aso.store.json;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.aso.core.kernel.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ready JSON mapper for aso-core's values, events and snapshots: {@link AsoJsonModule} on a
 * {@link JsonMapper} with {@link JsonLimits}. Reading never throws for bad input: it returns a
 * {@link Problem} whose {@code path} detail is the JSON Pointer of the offending place.
 *
 * <p>The limits are Jackson's {@code StreamReadConstraints}; the element limit is enforced as three
 * tokens an element (a field is a name and a value, an object a start and an end), so it is a bound,
 * not an exact count. Fields given twice are found by the forms, each with its path.
 *
 * <p>Thread-safe; make one and share it.
 */
public final class AsoJson {
    private final JsonLimits limits;
    private final JsonMapper mapper;

    private AsoJson(JsonLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        int longestString = (int) Math.min(Integer.MAX_VALUE, limits.maxStringLength());
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth())
                .maxDocumentLength(limits.maxDocumentLength())
                .maxStringLength(longestString)
                .maxNameLength(longestString)
                .maxNumberLength(limits.maxNumberLength())
                .maxTokenCount(tokens(limits.maxElements()))
                .build();
        // every form refuses a field given twice itself (json.field.duplicate, with its path), for less
        // than the parser's own detection costs (a set of names per object)
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory)
                .addModule(new AsoJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /** Tokens a document of so many elements has at most: a field is a name and a value, an object a start and an end. */
    private static long tokens(long elements) {
        return elements > Long.MAX_VALUE / 3 ? Long.MAX_VALUE : elements * 3;
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
        return mapper;
    }

    /**
     * {@return the JSON form of a value, event or snapshot}
     *
     * @param value a value of one of {@link JsonTypes#all()}
     * @throws IllegalArgumentException if the value's type has no JSON form
     */
    public String write(Object value) {
        StringWriter out = new StringWriter();
        write(value, out);
        return out.toString();
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
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(out, "out");
        Class<?> form = Shapes.formClass(value.getClass())
                .orElseThrow(() -> new IllegalArgumentException(value.getClass().getName() + " has no JSON form"));
        Shape shape = Shapes.of(form);
        try (var gen = mapper.createGenerator(new KeepOpen(out))) {
            shape.write(value, gen);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(e.getCause());
        }
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
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return parse(() -> mapper.createParser(json), type);
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
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        return parse(() -> mapper.createParser(new KeepOpenReader(json)), type);
    }

    private interface Source {
        JsonParser open();
    }

    private <T> Either<Problem, T> parse(Source source, Class<T> type) {
        Shape shape;
        try {
            shape = Shapes.of(type);
        } catch (IllegalArgumentException e) {
            shape = null;
        }
        if (shape == null || !shape.readable()) {
            return Either.left(Problem.of("json.type.unknown", "A " + type.getSimpleName() + " cannot be read from JSON")
                    .with("path", "").with("type", Shape.name(type)));
        }
        JsonParser in = null;
        try {
            in = source.open();
            if (in.nextToken() == null) {
                return Either.left(problem("json.syntax", "The document is empty", in, type));
            }
            Object value = shape.read(in, Loc.root(""));
            if (in.nextToken() != null) {
                return Either.left(problem("json.syntax", "The document goes on after its value", in, type));
            }
            @SuppressWarnings("unchecked") // the form of type made it (a primitive type's value comes boxed)
            T typed = (T) value;
            return Either.right(typed);
        } catch (JsonProblemException e) {
            return Either.left(e.problem());
        } catch (StreamConstraintsException e) {
            return Either.left(limit(e, in, type));
        } catch (JacksonIOException e) {
            return Either.left(problem("json.io", "The document could not be read to its end", in, type));
        } catch (InputCoercionException e) {
            return Either.left(problem("json.number.too-large", "A number does not fit its type", in, type));
        } catch (StreamReadException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.startsWith("Duplicate Object property")) {
                return Either.left(problem("json.field.duplicate", "A field is given twice", in, type));
            }
            return Either.left(problem("json.syntax", "The document is not well-formed JSON", in, type));
        } catch (JacksonException e) {
            return Either.left(problem("json.syntax", "The document could not be read as JSON", in, type));
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (JacksonException e) {
                    // nothing left to read from
                }
            }
        }
    }

    private static Problem limit(StreamConstraintsException e, JsonParser in, Class<?> type) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            return problem("json.limit.depth", "The document nests deeper than allowed", in, type);
        }
        if (m.contains("document length")) {
            return problem("json.limit.document", "The document is longer than allowed", in, type);
        }
        if (m.contains("number value length")) {
            return problem("json.limit.number", "A number is longer than allowed", in, type);
        }
        if (m.contains("token count")) {
            return problem("json.limit.elements", "The document has more elements than allowed", in, type);
        }
        return problem("json.limit.string", "A string or name is longer than allowed", in, type);
    }

    private static Problem problem(String code, String message, JsonParser in, Class<?> type) {
        String path = "";
        if (in != null) {
            try {
                path = in.streamReadContext().pathAsPointer().toString();
            } catch (RuntimeException e) {
                path = "";
            }
        }
        return Problem.of(code, message + (path.isEmpty() ? "" : " (at '" + path + "')"))
                .with("path", path).with("type", Shape.name(type));
    }

    /** A writer that the generator flushes but does not close. */
    private static final class KeepOpen extends java.io.FilterWriter {
        KeepOpen(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A reader that the parser does not close. */
    private static final class KeepOpenReader extends java.io.FilterReader {
        KeepOpenReader(Reader in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller's
        }
    }
}
