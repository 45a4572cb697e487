package org.aso.store.json;

import io.vavr.control.Either;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PhoneNumber;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;
import org.aso.core.numbering.NumberingScheme;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The explicit forms of the few aso-core values that no rule covers, each through the value's public
 * API.
 */
final class Codecs {
    private Codecs() {
    }

    /** {@return the explicit form of a class, or null} */
    static Shape forClass(Class<?> c) {
        if (c == Problem.class) {
            return new ProblemForm();
        }
        if (c == EmailAddress.class) {
            return new Scalars.Text(c, "an email address (name@example.org)", Object::toString,
                    s -> orRefuse(EmailAddress.parse(s)));
        }
        if (c == PhoneNumber.class) {
            return new Scalars.Text(c, "a phone number as written (+33 1 23 45 67 89)", Object::toString,
                    s -> orRefuse(PhoneNumber.parse(s)));
        }
        if (c == RecurrenceRule.class) {
            return new Scalars.Text(c, "a recurrence rule in RFC 5545 text (FREQ=WEEKLY;BYDAY=MO)", Object::toString,
                    s -> RecurrenceRule.parse(s).getOrElseThrow(ps -> new IllegalArgumentException(codes(ps))));
        }
        if (c == WorkingWeek.class) {
            return workingWeek();
        }
        if (c == NumberingScheme.class) {
            return numberingScheme();
        }
        return null;
    }

    /** {@return the value, or an exception whose message is the problem's code (never the input)} */
    static <T> T orRefuse(Either<Problem, T> parsed) {
        return parsed.getOrElseThrow(p -> new IllegalArgumentException(p.code()));
    }

    private static String codes(List<Problem> problems) {
        return String.join(", ", problems.stream().map(Problem::code).distinct().toList());
    }

    private static Type type(Class<?> raw, Type... args) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return args.clone();
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }

            @Override
            public boolean equals(Object o) {
                return o instanceof ParameterizedType p && p.getRawType() == raw && p.getOwnerType() == null
                        && Arrays.equals(args, p.getActualTypeArguments());
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(args) ^ raw.hashCode();
            }

            @Override
            public String getTypeName() {
                return raw.getName() + "<" + String.join(", ", Arrays.stream(args).map(Type::getTypeName).toList())
                        + ">";
            }
        };
    }

    /** {@code WorkingWeek}: an object of the days worked, each with its list of hours. */
    private static Shape workingWeek() {
        Shape hours = Shapes.of(type(Map.class, DayOfWeek.class, type(List.class, TimeRange.class)));
        return new Converted(WorkingWeek.class, hours, v -> {
            WorkingWeek w = (WorkingWeek) v;
            Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : w.days()) {
                byDay.put(d, w.hours(d));
            }
            return byDay;
        }, v -> {
            @SuppressWarnings("unchecked")
            Map<DayOfWeek, List<TimeRange>> byDay = (Map<DayOfWeek, List<TimeRange>>) v;
            return WorkingWeek.of(byDay);
        });
    }

    /** {@code NumberingScheme}: its template, reset and direction letters. */
    private static Shape numberingScheme() {
        List<ObjectShape.Attr> attrs = List.of(
                new ObjectShape.Attr("template", Shapes.of(String.class), v -> ((NumberingScheme) v).template(), true),
                new ObjectShape.Attr("reset", Shapes.of(NumberingScheme.Reset.class),
                        v -> ((NumberingScheme) v).reset(), true),
                new ObjectShape.Attr("directionLetters", Shapes.of(type(Map.class, Direction.class, String.class)),
                        v -> ((NumberingScheme) v).directionLetters(), false));
        return new ObjectShape(NumberingScheme.class, attrs, args -> {
            NumberingScheme s = NumberingScheme.parse((String) args[0], (NumberingScheme.Reset) args[1])
                    .getOrElseThrow(ps -> new IllegalArgumentException(codes(ps)));
            @SuppressWarnings("unchecked")
            Map<Direction, String> letters = (Map<Direction, String>) args[2];
            return letters.isEmpty() || letters.equals(s.directionLetters()) ? s : s.withDirectionLetters(letters);
        }, null, 0);
    }

    /** A value written in the form of another (a map, a list) made from it through its public API. */
    static final class Converted extends Shape {
        private final Shape form;
        private final Function<Object, Object> out;
        private final Function<Object, Object> in;

        Converted(Class<?> type, Shape form, Function<Object, Object> out, Function<Object, Object> in) {
            super(type);
            this.form = form;
            this.out = out;
            this.in = in;
        }

        @Override
        void write(Object value, JsonGenerator gen) {
            form.write(out.apply(value), gen);
        }

        @Override
        Object read(JsonParser p, Loc at) {
            Object v = form.read(p, at);
            try {
                return in.apply(v);
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException
                    | java.time.DateTimeException e) {
                throw refused(at, e);
            }
        }

        @Override
        String expected() {
            return form.expected() + " (" + name(type) + ")";
        }
    }

    /** {@code Problem}: {@code {"code","message","details":{...}}}. */
    static final class ProblemForm extends Shape {
        ProblemForm() {
            super(Problem.class);
        }

        @Override
        void write(Object value, JsonGenerator out) {
            Problem p = (Problem) value;
            out.writeStartObject(p);
            out.writeStringProperty("code", p.code());
            out.writeStringProperty("message", p.message());
            out.writeName("details");
            out.writeStartObject();
            for (Map.Entry<String, String> e : p.details().entrySet()) {
                out.writeStringProperty(e.getKey(), e.getValue());
            }
            out.writeEndObject();
            out.writeEndObject();
        }

        @Override
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                throw invalid(in, at);
            }
            String code = null;
            String message = null;
            Map<String, String> details = null;
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                Loc here = at.field(name);
                in.nextToken();
                switch (name) {
                    case "code":
                        code = once(code, here, string(in, here));
                        break;
                    case "message":
                        message = once(message, here, string(in, here));
                        break;
                    case "details":
                        if (details != null) {
                            throw duplicate(here);
                        }
                        details = details(in, here);
                        break;
                    default:
                        throw fail("json.field.unknown", "A Problem has no field '" + here.pointer() + "'", here, type);
                }
            }
            if (code == null || message == null) {
                Loc here = at.field(code == null ? "code" : "message");
                throw fail("json.field.missing", "The field '" + here.pointer() + "' of a Problem is missing", here,
                        String.class);
            }
            try {
                Problem p = Problem.of(code, message);
                if (details != null) {
                    for (Map.Entry<String, String> e : details.entrySet()) {
                        p = p.with(e.getKey(), e.getValue());
                    }
                }
                return p;
            } catch (IllegalArgumentException | NullPointerException e) {
                throw refused(at, e);
            }
        }

        private String once(String before, Loc here, String now) {
            if (before != null) {
                throw duplicate(here);
            }
            return now;
        }

        private JsonProblemException duplicate(Loc here) {
            return fail("json.field.duplicate", "The field '" + here.pointer() + "' is given twice", here, type);
        }

        private String string(JsonParser in, Loc here) {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw fail("json.value.invalid", "The value at '" + here.pointer() + "' is not a string (found "
                        + kind(in.currentToken()) + ")", here, String.class);
            }
            return in.getString();
        }

        private Map<String, String> details(JsonParser in, Loc here) {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                throw fail("json.value.invalid", "The value at '" + here.pointer() + "' is not an object of strings",
                        here, Map.class);
            }
            Map<String, String> out = new LinkedHashMap<>();
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                Loc field = here.field(name);
                in.nextToken();
                if (out.put(name, string(in, field)) != null) {
                    throw duplicate(field);
                }
            }
            return out;
        }

        @Override
        String expected() {
            return "an object (Problem: code, message, details)";
        }
    }

    /** An id whose type is not known from its place ({@code Identifier}): {@code {"type":"PersonId","value":"p-1"}}. */
    static final class AnyId extends Shape {
        private final Map<String, Shape> byName = new HashMap<>();

        AnyId(Set<Class<?>> ids) {
            super(Identifier.class);
            for (Class<?> c : ids) {
                byName.put(c.getSimpleName(), Shapes.of(c));
            }
        }

        @Override
        void write(Object value, JsonGenerator out) {
            Identifier id = (Identifier) value;
            Class<?> c = Shapes.formClass(id.getClass())
                    .orElseThrow(() -> new IllegalArgumentException("No JSON form for " + id.getClass().getName()));
            out.writeStartObject(id);
            out.writeStringProperty("type", c.getSimpleName());
            out.writeStringProperty("value", id.value());
            out.writeEndObject();
        }

        @Override
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                throw invalid(in, at);
            }
            Shape form = null;
            String value = null;
            Loc valueAt = null;
            for (String name = in.nextName(); name != null; name = in.nextName()) {
                Loc here = at.field(name);
                in.nextToken();
                if (name.equals("type") && form == null) {
                    form = in.currentToken() == JsonToken.VALUE_STRING ? byName.get(in.getString()) : null;
                    if (form == null) {
                        throw fail("json.type.unknown", "The type at '" + here.pointer() + "' is not a kind of id "
                                + new java.util.TreeSet<>(byName.keySet()), here, Identifier.class);
                    }
                } else if (name.equals("value") && value == null) {
                    if (in.currentToken() != JsonToken.VALUE_STRING) {
                        throw fail("json.value.invalid", "The value at '" + here.pointer() + "' is not a string (found "
                                + kind(in.currentToken()) + ")", here, String.class);
                    }
                    value = in.getString();
                    valueAt = here;
                } else if (name.equals("type") || name.equals("value")) {
                    throw fail("json.field.duplicate", "The field '" + here.pointer() + "' is given twice", here,
                            Identifier.class);
                } else {
                    throw fail("json.field.unknown", "An id has no field '" + here.pointer() + "'", here,
                            Identifier.class);
                }
            }
            if (form == null || value == null) {
                Loc here = at.field(form == null ? "type" : "value");
                throw fail("json.field.missing", "The field '" + here.pointer() + "' of an id is missing", here,
                        String.class);
            }
            return form.fromKey(value, valueAt);
        }

        @Override
        String expected() {
            return "an object (an id: type, value)";
        }
    }
}
