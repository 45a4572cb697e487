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
import java.time.Period;
import java.util.Optional;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.VisitorLog;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.FilingPlan;
import org.aso.core.dossier.FilingPlanEntry;
import org.aso.core.dossier.RetentionRule;
import org.aso.core.dossier.RetentionStart;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.PersonId;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.Sensitivity;
import org.aso.core.priority.TaskSource;
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
        if (c == OrgChart.class) {
            return new Converted(c, Shapes.of(type(List.class, OrgUnit.class)),
                    v -> List.copyOf(((OrgChart) v).units()),
                    v -> orRefuseAll(OrgChart.of(list(v, OrgUnit.class))));
        }
        if (c == FilingPlan.class) {
            return new Converted(c, Shapes.of(type(List.class, FilingPlanEntry.class)), v -> ((FilingPlan) v).entries(),
                    v -> orRefuseAll(FilingPlan.of(list(v, FilingPlanEntry.class))));
        }
        if (c == FreeTime.class) {
            return new Converted(c, Shapes.of(type(List.class, Interval.class)), v -> ((FreeTime) v).periods(),
                    v -> FreeTime.ofPeriods(list(v, Interval.class)));
        }
        if (c == RetentionRule.class) {
            return retentionRule();
        }
        if (c == TaskSource.class) {
            return taskSource();
        }
        if (c == SlotAttendee.class) {
            return slotAttendee();
        }
        if (c == VisitorLog.Visitor.class) {
            return visitor();
        }
        return null;
    }

    private static <T> List<T> list(Object v, Class<T> element) {
        @SuppressWarnings("unchecked")
        List<T> l = (List<T>) v;
        return l;
    }

    /** {@return the value, or an exception whose message lists the problems' codes (never the input)} */
    static <T> T orRefuseAll(Either<List<Problem>, T> parsed) {
        return parsed.getOrElseThrow(ps -> new IllegalArgumentException(codes(ps)));
    }

    private static ObjectShape.Attr attr(String name, Type type, Function<Object, Object> getter, boolean required) {
        return new ObjectShape.Attr(name, Shapes.of(type), getter, required);
    }

    /** {@code RetentionRule}: review period, optional keeping period, action, and what the periods count from. */
    private static Shape retentionRule() {
        List<ObjectShape.Attr> attrs = List.of(
                attr("reviewAfter", Period.class, v -> ((RetentionRule) v).reviewAfter(), true),
                attr("keepFor", type(Optional.class, Period.class), v -> ((RetentionRule) v).keepFor(), false),
                attr("action", DisposalAction.class, v -> ((RetentionRule) v).action(), true),
                attr("countFrom", RetentionStart.class, v -> ((RetentionRule) v).countFrom(), false));
        return new ObjectShape(RetentionRule.class, attrs, args -> {
            Optional<?> keep = (Optional<?>) args[1];
            RetentionRule r = keep.isPresent()
                    ? RetentionRule.of((Period) args[0], (Period) keep.get(), (DisposalAction) args[2])
                    : RetentionRule.permanent((Period) args[0]);
            if (r.action() != args[2]) {
                throw new IllegalArgumentException("a rule without keepFor is permanent and keeps");
            }
            return args[3] == null ? r : r.withCountFrom((RetentionStart) args[3]);
        }, null, 0);
    }

    /** {@code TaskSource}: its kind, what it points at, and its sensitivities. */
    private static Shape taskSource() {
        List<ObjectShape.Attr> attrs = List.of(
                attr("kind", TaskSource.Kind.class, v -> ((TaskSource) v).kind(), true),
                attr("entry", type(Optional.class, EntryId.class), v -> ((TaskSource) v).entry(), false),
                attr("dossier", type(Optional.class, DossierId.class), v -> ((TaskSource) v).dossier(), false),
                attr("meeting", type(Optional.class, MeetingId.class), v -> ((TaskSource) v).meeting(), false),
                attr("logisticsItem", type(Optional.class, String.class), v -> ((TaskSource) v).logisticsItem(), false),
                attr("sensitivities", type(Set.class, Sensitivity.class), v -> ((TaskSource) v).sensitivities(), false));
        return new ObjectShape(TaskSource.class, attrs, args -> {
            TaskSource.Kind kind = (TaskSource.Kind) args[0];
            TaskSource s;
            switch (kind) {
                case LETTER:
                    s = TaskSource.letter((EntryId) present(args[1]));
                    break;
                case DOSSIER:
                    s = TaskSource.dossier((DossierId) present(args[2]));
                    break;
                case MEETING_DECISION:
                    s = TaskSource.meetingDecision((MeetingId) present(args[3]));
                    break;
                case LOGISTICS:
                    s = TaskSource.logistics((MeetingId) present(args[3]), (String) present(args[4]));
                    break;
                default:
                    s = TaskSource.none();
            }
            TaskSource made = s.withSensitivities(list(List.copyOf((Set<?>) args[5]), Sensitivity.class));
            if (!made.entry().equals(args[1]) || !made.dossier().equals(args[2]) || !made.meeting().equals(args[3])
                    || !made.logisticsItem().equals(args[4])) {
                throw new IllegalArgumentException("a task source of kind " + kind + " points at something else");
            }
            return made;
        }, null, 0);
    }

    private static Object present(Object optional) {
        return ((Optional<?>) optional).orElseThrow(
                () -> new IllegalArgumentException("a task source of this kind needs what it points at"));
    }

    /** {@code SlotAttendee}: the person, whether required, and the weight. */
    private static Shape slotAttendee() {
        List<ObjectShape.Attr> attrs = List.of(
                attr("person", PersonId.class, v -> ((SlotAttendee) v).person(), true),
                attr("required", boolean.class, v -> ((SlotAttendee) v).required(), true),
                attr("weight", double.class, v -> ((SlotAttendee) v).weight(), false));
        return new ObjectShape(SlotAttendee.class, attrs, args -> {
            SlotAttendee a = (Boolean) args[1] ? SlotAttendee.required((PersonId) args[0])
                    : SlotAttendee.optional((PersonId) args[0]);
            return args[2] == null ? a : a.withWeight((Double) args[2]);
        }, null, 0);
    }

    /** {@code VisitorLog.Visitor}: name, organisation, badge. */
    private static Shape visitor() {
        List<ObjectShape.Attr> attrs = List.of(
                attr("name", String.class, v -> ((VisitorLog.Visitor) v).name(), true),
                attr("organisation", type(Optional.class, String.class), v -> ((VisitorLog.Visitor) v).organisation(),
                        false),
                attr("badge", type(Optional.class, String.class), v -> ((VisitorLog.Visitor) v).badge(), false));
        return new ObjectShape(VisitorLog.Visitor.class, attrs, args -> {
            VisitorLog.Visitor v = VisitorLog.Visitor.named((String) args[0]);
            Optional<?> from = (Optional<?>) args[1];
            Optional<?> badge = (Optional<?>) args[2];
            v = from.isPresent() ? v.from((String) from.get()) : v;
            return badge.isPresent() ? v.wearing((String) badge.get()) : v;
        }, null, 0);
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
