package org.aso.store.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A sealed family (events, commands, plans): the object of the permitted class the value is, whose
 * {@code "type"} names that class. Reading streams when {@code "type"} comes first (as written);
 * otherwise the object is buffered until its type is known.
 */
final class SealedShape extends Shape {
    private final Class<?>[] classes;
    private final ObjectShape[] forms;
    private final Map<String, ObjectShape> byTag = new HashMap<>();

    SealedShape(Class<?> family, List<Class<?>> classes, List<ObjectShape> forms) {
        super(family);
        this.classes = classes.toArray(new Class<?>[0]);
        this.forms = forms.toArray(new ObjectShape[0]);
        for (ObjectShape f : forms) {
            byTag.put(f.tag(), f);
        }
    }

    /** {@return the records of the family, a family within it included} */
    List<Class<?>> classes() {
        return List.of(classes);
    }

    /** {@return the forms of {@link #classes()}, in the same order} */
    List<ObjectShape> forms() {
        return List.of(forms);
    }

    @Override
    void write(Object value, JsonGenerator out) {
        for (int i = 0; i < classes.length; i++) {
            if (classes[i].isInstance(value)) {
                forms[i].write(value, out);
                return;
            }
        }
        throw new IllegalArgumentException("Not a " + name(type) + ": " + value.getClass().getName());
    }

    @Override
    Object read(JsonParser in, Loc at) {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(in, at);
        }
        String first = in.nextName();
        if (ObjectShape.TYPE.equals(first)) {
            in.nextToken();
            return form(in, at.field(first)).readFields(in, at, true);
        }
        // "type" is not first: keep the object until it is found, then read it again
        TokenBuffer kept = TokenBuffer.forBuffering(in, in.objectReadContext());
        ObjectShape form = null;
        kept.writeStartObject();
        for (String name = first; name != null; name = in.nextName()) {
            kept.writeName(name);
            in.nextToken();
            if (ObjectShape.TYPE.equals(name) && form == null) {
                form = form(in, at.field(name));
            }
            kept.copyCurrentStructure(in);
        }
        kept.writeEndObject();
        if (form == null) {
            Loc here = at.field(ObjectShape.TYPE);
            throw fail("json.field.missing", "The field '" + here.pointer() + "' naming the kind of "
                    + name(type) + " is missing", here, String.class);
        }
        try (JsonParser again = kept.asParser(in.objectReadContext())) {
            again.nextToken();
            return form.read(again, at);
        }
    }

    private ObjectShape form(JsonParser in, Loc here) {
        ObjectShape f = in.currentToken() == JsonToken.VALUE_STRING ? byTag.get(in.getString()) : null;
        if (f == null) {
            throw fail("json.type.unknown", "The type at '" + here.pointer() + "' is not one of the kinds of "
                    + name(type) + " " + new java.util.TreeSet<>(byTag.keySet()), here, type);
        }
        return f;
    }

    @Override
    boolean readable() {
        for (ObjectShape f : forms) {
            if (!f.readable()) {
                return false;
            }
        }
        return true;
    }

    @Override
    String expected() {
        return "an object (" + name(type) + ") with a \"type\"";
    }
}
