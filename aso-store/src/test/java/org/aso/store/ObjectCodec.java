package org.aso.store;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aso.core.kernel.Problem;

/**
 * A codec that keeps the values in this JVM and stores only a key to them: the store's behaviour
 * tested without a JSON form. A payload that names no value reads as {@code json.syntax}.
 */
final class ObjectCodec implements Codec {
    private static final Map<String, Object> VALUES = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    @Override
    public String write(Object value) {
        String key = "{\"ref\":" + NEXT.incrementAndGet() + "}";
        VALUES.put(key, value);
        return key;
    }

    @Override
    public void write(Object value, java.io.Writer out) {
        try {
            out.write(write(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <T> Either<Problem, T> read(String text, Class<T> type) {
        Object value = VALUES.get(text);
        if (value == null) {
            return Either.left(Problem.of("json.syntax", "Not a stored value").with("path", ""));
        }
        if (!type.isInstance(value)) {
            return Either.left(Problem.of("json.type.unknown", "Not a " + type.getSimpleName()).with("path", "/type"));
        }
        return Either.right(type.cast(value));
    }

    @Override
    public <T> Either<Problem, T> read(Reader text, Class<T> type) {
        StringWriter out = new StringWriter();
        try {
            text.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read(out.toString(), type);
    }
}
