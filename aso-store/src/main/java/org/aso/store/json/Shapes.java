package org.aso.store.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.aso.core.kernel.Identifier;

/**
 * Finds the form of a Java type, once: by rule for ids, enums, java.time, collections, records,
 * Immutables values and sealed families, by an explicit codec ({@link Codecs}) for the few plain
 * classes. Thread-safe; forms are cached for the life of the class loader.
 */
final class Shapes {
    private static final String CORE = "org.aso.core.";
    private static final MethodHandles.Lookup PUBLIC = MethodHandles.publicLookup();
    private static final Map<Type, Shape> CACHE = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Optional<Class<?>>> FORM_CLASS = new ConcurrentHashMap<>();
    private static final Object LOCK = new Object();
    /** Under {@link #LOCK}: the forms being made, and those made since the outermost one began. */
    private static final Map<Type, Deferred> BUILDING = new HashMap<>();
    private static final Map<Type, Shape> MADE = new HashMap<>();

    private Shapes() {
    }

    /**
     * {@return the form of a type}
     *
     * @throws IllegalArgumentException if the type has no JSON form
     */
    static Shape of(Type type) {
        Shape s = CACHE.get(type);
        if (s != null) {
            return s;
        }
        synchronized (LOCK) {
            s = CACHE.get(type);
            if (s == null) {
                s = MADE.get(type);
            }
            if (s != null) {
                return s;
            }
            Deferred pending = BUILDING.get(type);
            if (pending != null) {
                return pending; // a type that holds itself
            }
            Deferred self = new Deferred(type);
            BUILDING.put(type, self);
            boolean outermost = BUILDING.size() == 1;
            try {
                s = make(type);
                self.target = s;
                MADE.put(type, s);
                if (outermost) { // only whole forms are shared: none holds a form still being made
                    CACHE.putAll(MADE);
                }
                return s;
            } finally {
                BUILDING.remove(type);
                if (outermost) {
                    MADE.clear();
                }
            }
        }
    }

    /** {@return the class whose form a value of this runtime class is written in, if any} */
    static Optional<Class<?>> formClass(Class<?> runtime) {
        Optional<Class<?>> known = FORM_CLASS.get(runtime);
        if (known == null) { // not computeIfAbsent: finding it looks up the superclasses' too
            known = findFormClass(runtime);
            FORM_CLASS.putIfAbsent(runtime, known);
        }
        return known;
    }

    /** {@return whether a class is aso-core's} */
    static boolean isCore(Class<?> c) {
        return c.getName().startsWith(CORE);
    }

    private static Optional<Class<?>> findFormClass(Class<?> runtime) {
        if (!isCore(runtime)) {
            return Optional.empty();
        }
        if (runtime.isAnonymousClass() && runtime.getSuperclass() != null && runtime.getSuperclass().isEnum()) {
            return formClass(runtime.getSuperclass());
        }
        if (Modifier.isPublic(runtime.getModifiers()) && supports(runtime)) {
            return Optional.of(runtime);
        }
        List<Class<?>> up = new ArrayList<>();
        if (runtime.getSuperclass() != null) {
            up.add(runtime.getSuperclass());
        }
        up.addAll(List.of(runtime.getInterfaces()));
        for (Class<?> c : up) {
            Optional<Class<?>> f = formClass(c);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** {@return whether a type has a JSON form} */
    static boolean supports(Type type) {
        try {
            of(type);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // --- the rules

    private static Shape make(Type type) {
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p) {
            return container(p);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("No JSON form for " + type.getTypeName());
        }
        Shape s = scalar(c);
        if (s != null) {
            return s;
        }
        Shape codec = Codecs.forClass(c);
        if (codec != null) {
            return codec;
        }
        if (c.isEnum()) {
            return Scalars.enumeration(c);
        }
        if (!isCore(c) || !Modifier.isPublic(c.getModifiers())) {
            throw new IllegalArgumentException("No JSON form for " + c.getName());
        }
        String notAValue = JsonTypes.notValues().get(c);
        if (notAValue != null) {
            throw new IllegalArgumentException("No JSON form for " + c.getName() + ": " + notAValue);
        }
        if (c == Identifier.class) {
            return new Codecs.AnyId(JsonTypes.identifiers());
        }
        if (Identifier.class.isAssignableFrom(c)) {
            return identifier(c);
        }
        if (c.isSealed() && c.isInterface()) {
            return sealed(c);
        }
        return object(c);
    }

    private static Shape scalar(Class<?> c) {
        if (c == String.class) {
            return new Scalars.Str();
        }
        if (c == int.class || c == Integer.class) {
            return new Scalars.Int(c);
        }
        if (c == long.class || c == Long.class) {
            return new Scalars.Long(c);
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Scalars.Bool(c);
        }
        if (c == double.class || c == Double.class) {
            return new Scalars.Dbl(c);
        }
        if (c == Instant.class) {
            return new Scalars.Text(c, "an instant in ISO-8601 UTC (2026-03-02T09:00:00Z)", Object::toString,
                    Scalars::instant);
        }
        if (c == LocalDate.class) {
            return new Scalars.Text(c, "a date in ISO-8601 (2026-03-02)", Object::toString, Scalars::date);
        }
        if (c == LocalTime.class) {
            return new Scalars.Text(c, "a time of day in ISO-8601 (09:00:00)",
                    v -> DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) v), LocalTime::parse);
        }
        if (c == LocalDateTime.class) {
            return new Scalars.Text(c, "a local date and time in ISO-8601 (2026-03-02T09:00:00)",
                    v -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) v), LocalDateTime::parse);
        }
        if (c == ZonedDateTime.class) {
            return new Scalars.Text(c, "a zoned date and time in ISO-8601 (2026-03-02T10:00:00+01:00[Europe/Paris])",
                    v -> DateTimeFormatter.ISO_ZONED_DATE_TIME.format((ZonedDateTime) v),
                    s -> ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME));
        }
        if (c == ZoneId.class) {
            return new Scalars.Text(c, "an IANA time-zone id (Europe/Paris)", v -> ((ZoneId) v).getId(), ZoneId::of);
        }
        if (c == Duration.class) {
            return new Scalars.Text(c, "a duration in ISO-8601 (PT1H30M)", Object::toString, Duration::parse);
        }
        if (c == Period.class) {
            return new Scalars.Text(c, "a period in ISO-8601 (P1M2D)", Object::toString, Period::parse);
        }
        if (c == MonthDay.class) {
            return new Scalars.Text(c, "a month and day in ISO-8601 (--12-25)", Object::toString, MonthDay::parse);
        }
        if (c == Year.class) {
            return new Scalars.Text(c, "a year (2026)", Object::toString, Year::parse);
        }
        if (c == YearMonth.class) {
            return new Scalars.Text(c, "a year and month in ISO-8601 (2026-03)", Object::toString, YearMonth::parse);
        }
        if (c == DayOfWeek.class || c == Month.class) {
            return Scalars.enumeration(c);
        }
        return null;
    }

    private static Shape container(ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        Type[] args = p.getActualTypeArguments();
        if (raw == Optional.class) {
            return new Containers.Opt(p, of(args[0]));
        }
        if (raw == List.class || raw == Collection.class) {
            return new Containers.Coll(p, Containers.Kind.LIST, of(args[0]));
        }
        if (raw == Set.class) {
            return new Containers.Coll(p, Containers.Kind.SET, of(args[0]));
        }
        if (raw == SortedSet.class || raw == NavigableSet.class) {
            return new Containers.Coll(p, Containers.Kind.SORTED_SET, of(args[0]));
        }
        if (raw == Map.class || raw == SortedMap.class || raw == NavigableMap.class) {
            Shape key = of(args[0]);
            if (!key.keyable()) {
                throw new IllegalArgumentException("No JSON form for a map keyed by " + args[0].getTypeName());
            }
            return new Containers.Dict(p, raw != Map.class, key, of(args[1]));
        }
        throw new IllegalArgumentException("No JSON form for " + p.getTypeName());
    }

    private static Shape identifier(Class<?> c) {
        MethodHandle of;
        try {
            of = PUBLIC.findStatic(c, "of", MethodType.methodType(c, String.class))
                    .asType(MethodType.methodType(Object.class, String.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No JSON form for " + c.getName() + ": no public of(String)", e);
        }
        return new Scalars.Text(c, "a " + Shape.name(c) + " (a trimmed non-blank string)",
                v -> ((Identifier) v).value(), s -> {
                    try {
                        return (Object) of.invokeExact(s);
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    private static Shape sealed(Class<?> family) {
        List<Class<?>> classes = new ArrayList<>();
        List<ObjectShape> forms = new ArrayList<>();
        for (Class<?> p : family.getPermittedSubclasses()) {
            Shape s = of(p);
            if (s instanceof SealedShape inner) {
                // a family within the family (the agenda's MeetingEvent in AgendaEvent): its records, by their own type
                classes.addAll(inner.classes());
                forms.addAll(inner.forms());
                continue;
            }
            if (!(s instanceof ObjectShape o) || o.tag() == null) {
                throw new IllegalArgumentException("No JSON form for " + family.getName() + ": "
                        + p.getName() + " is not written as an object with a type");
            }
            classes.add(p);
            forms.add(o);
        }
        return new SealedShape(family, classes, forms);
    }

    /** {@return the {@code "type"} of a class in a sealed family, or null} */
    private static String tag(Class<?> c) {
        List<Class<?>> up = new ArrayList<>(List.of(c.getInterfaces()));
        if (c.getSuperclass() != null) {
            up.add(c.getSuperclass());
        }
        for (Class<?> s : up) {
            if (s.isSealed() && List.of(s.getPermittedSubclasses()).contains(c)) {
                return c.getSimpleName();
            }
        }
        return null;
    }

    /** {@return the schema version of events and snapshots, 0 for other values} */
    private static int version(Class<?> c) {
        Class<?> holder = null;
        if (JsonTypes.snapshots().contains(c)) {
            holder = c;
        } else {
            for (Class<?> f : JsonTypes.eventFamilies()) {
                if (f.isAssignableFrom(c) && (holder == null || holder.isAssignableFrom(f))) {
                    holder = f; // the closest family states the version (MeetingEvent's, not AgendaEvent's)
                }
            }
        }
        if (holder == null) {
            return 0;
        }
        try {
            return holder.getField("SCHEMA_VERSION").getInt(null);
        } catch (NoSuchFieldException e) {
            return 1;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectShape object(Class<?> c) {
        if (JsonTypes.writeOnly().contains(c)) {
            return writtenOnly(c);
        }
        try {
            if (c.isRecord()) {
                return record(c);
            }
            Method builder = publicStatic(c, "builder");
            if (builder != null && builder.getParameterCount() == 0) {
                return built(c, builder.getReturnType());
            }
            ObjectShape made = factory(c);
            if (made != null) {
                return made;
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No JSON form for " + c.getName() + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("No JSON form for " + c.getName());
    }

    /**
     * The form of a computed result that only aso-core makes: an object of its public no-argument
     * methods whose results have a form, by name; it cannot be read.
     */
    private static ObjectShape writtenOnly(Class<?> c) {
        List<Method> accessors = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic()
                    && !m.getName().startsWith("to") && supports(m.getGenericReturnType())) {
                accessors.add(m);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        List<ObjectShape.Attr> attrs = new ArrayList<>();
        try {
            for (Method m : accessors) {
                attrs.add(new ObjectShape.Attr(m.getName(), of(m.getGenericReturnType()),
                        getter(c, m.getName(), m.getReturnType()), false));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No JSON form for " + c.getName() + ": " + e.getMessage(), e);
        }
        return new ObjectShape(c, attrs, null, tag(c), 0);
    }

    private static Method publicStatic(Class<?> c, String name) {
        for (Method m : c.getMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == c) {
                return m;
            }
        }
        return null;
    }

    private static java.util.function.Function<Object, Object> getter(Class<?> c, String name, Class<?> returns)
            throws ReflectiveOperationException {
        MethodHandle h = PUBLIC.findVirtual(c, name, MethodType.methodType(returns))
                .asType(MethodType.methodType(Object.class, Object.class));
        return v -> {
            try {
                return (Object) h.invokeExact(v);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static ObjectShape record(Class<?> c) throws ReflectiveOperationException {
        RecordComponent[] rcs = c.getRecordComponents();
        List<ObjectShape.Attr> attrs = new ArrayList<>();
        Class<?>[] types = new Class<?>[rcs.length];
        for (int i = 0; i < rcs.length; i++) {
            RecordComponent rc = rcs[i];
            types[i] = rc.getType();
            Shape s = of(rc.getGenericType());
            attrs.add(new ObjectShape.Attr(rc.getName(), s, getter(c, rc.getName(), rc.getType()), s.absent() == null));
        }
        MethodHandle ctor = PUBLIC.findConstructor(c, MethodType.methodType(void.class, types))
                .asSpreader(Object[].class, rcs.length)
                .asType(MethodType.methodType(Object.class, Object[].class));
        return new ObjectShape(c, attrs, args -> (Object) ctor.invokeExact(args), tag(c), version(c));
    }

    private static ObjectShape built(Class<?> c, Class<?> builderClass) throws ReflectiveOperationException {
        List<ObjectShape.Attr> attrs = new ArrayList<>();
        List<MethodHandle> setters = new ArrayList<>();
        List<Method> accessors = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic()) {
                accessors.add(m);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        for (Method m : accessors) {
            Method setter = setter(builderClass, m);
            if (setter == null) {
                continue; // derived: not written
            }
            Shape s = of(m.getGenericReturnType());
            boolean required = Modifier.isAbstract(m.getModifiers()) && s.absent() == null;
            attrs.add(new ObjectShape.Attr(m.getName(), s, getter(c, m.getName(), m.getReturnType()), required));
            setters.add(PUBLIC.findVirtual(builderClass, setter.getName(),
                            MethodType.methodType(setter.getReturnType(), setter.getParameterTypes()))
                    .asType(MethodType.methodType(Object.class, Object.class, Object.class)));
        }
        MethodHandle start = PUBLIC.findStatic(c, "builder", MethodType.methodType(builderClass))
                .asType(MethodType.methodType(Object.class));
        Method build = builderClass.getMethod("build");
        MethodHandle finish = PUBLIC.findVirtual(builderClass, "build", MethodType.methodType(build.getReturnType()))
                .asType(MethodType.methodType(Object.class, Object.class));
        MethodHandle[] set = setters.toArray(new MethodHandle[0]);
        ObjectShape.Maker maker = new ObjectShape.Maker() {
            @Override
            public Object make(Object[] args) throws Throwable {
                Object b = (Object) start.invokeExact();
                for (int i = 0; i < set.length; i++) {
                    if (args[i] != null) {
                        Object ignored = (Object) set[i].invokeExact(b, args[i]);
                    }
                }
                return (Object) finish.invokeExact(b);
            }

            @Override
            public boolean leavesDefaults() {
                return true;
            }
        };
        return new ObjectShape(c, attrs, maker, tag(c), version(c));
    }

    /** {@return the builder's setter for an accessor, or null if the attribute is derived} */
    private static Method setter(Class<?> builderClass, Method accessor) {
        Class<?> r = accessor.getReturnType();
        Class<?> wanted = r == Optional.class ? Optional.class
                : Collection.class.isAssignableFrom(r) ? Iterable.class
                : Map.class.isAssignableFrom(r) ? Map.class : r;
        String n = accessor.getName();
        String cap = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        // strict builders set a collection by adding all of it, a map by putting all of it
        // (a collection with a default value is set whole, by a setter of its own type)
        List<String> names = wanted == Iterable.class ? List.of("addAll" + cap, n, n)
                : wanted == Map.class ? List.of("putAll" + cap, n) : List.of(n);
        List<Class<?>> types = wanted == Iterable.class ? List.of(Iterable.class, Iterable.class, r)
                : wanted == Map.class ? List.of(Map.class, Map.class) : List.of(wanted);
        for (int i = 0; i < names.size(); i++) {
            for (Method s : builderClass.getMethods()) {
                if (s.getName().equals(names.get(i)) && s.getParameterCount() == 1
                        && !Modifier.isStatic(s.getModifiers()) && s.getParameterTypes()[0] == types.get(i)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * A value made by its own factories ({@code of}, {@code on}): the attributes are the parameters of
     * the largest factory whose parameters are all accessors by name (an optional attribute may be
     * given unwrapped), then those a {@code withX} copy sets; a read calls the largest factory that the
     * attributes given fill, then the copies.
     */
    private static ObjectShape factory(Class<?> c) throws ReflectiveOperationException {
        List<Method> factories = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if ((m.getName().equals("of") || m.getName().equals("on")) && Modifier.isStatic(m.getModifiers())
                    && c.isAssignableFrom(m.getReturnType()) && m.getDeclaringClass() == c && matchesAccessors(c, m)) {
                factories.add(m);
            }
        }
        if (factories.isEmpty()) {
            return null;
        }
        factories.sort(Comparator.comparingInt(Method::getParameterCount).reversed()
                .thenComparing(m -> java.util.Arrays.toString(m.getParameterTypes())));
        Method best = factories.get(0);
        List<ObjectShape.Attr> attrs = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Parameter p : best.getParameters()) {
            Method acc = c.getMethod(p.getName());
            Shape s = of(acc.getGenericReturnType());
            index.put(p.getName(), attrs.size());
            attrs.add(new ObjectShape.Attr(p.getName(), s, getter(c, p.getName(), acc.getReturnType()),
                    s.absent() == null));
        }
        int n = attrs.size();
        List<Factory> usable = new ArrayList<>();
        for (Method f : factories) {
            Factory made = Factory.of(c, f, index);
            if (made != null) {
                usable.add(made);
            }
        }
        // the other attributes are set by the value's own copy methods: withResponse(Response)
        List<Method> accessors = new ArrayList<>();
        for (Method m : c.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0 && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !index.containsKey(m.getName())) {
                accessors.add(m);
            }
        }
        accessors.sort(Comparator.comparing(Method::getName));
        List<MethodHandle> withs = new ArrayList<>();
        List<Boolean> unwrap = new ArrayList<>();
        for (Method m : accessors) {
            String with = "with" + Character.toUpperCase(m.getName().charAt(0)) + m.getName().substring(1);
            Method w = null;
            for (Method cand : c.getMethods()) {
                if (cand.getName().equals(with) && cand.getParameterCount() == 1 && !Modifier.isStatic(cand.getModifiers())
                        && c.isAssignableFrom(cand.getReturnType())) {
                    Class<?> t = cand.getParameterTypes()[0];
                    boolean exact = t == m.getReturnType();
                    boolean inner = m.getReturnType() == Optional.class && t != Optional.class;
                    if (exact || inner && w == null) {
                        w = cand;
                    }
                }
            }
            if (w == null) {
                continue; // derived: not written
            }
            Shape s = of(m.getGenericReturnType());
            attrs.add(new ObjectShape.Attr(m.getName(), s, getter(c, m.getName(), m.getReturnType()), false));
            withs.add(PUBLIC.findVirtual(c, w.getName(), MethodType.methodType(w.getReturnType(), w.getParameterTypes()))
                    .asType(MethodType.methodType(Object.class, Object.class, Object.class)));
            unwrap.add(m.getReturnType() == Optional.class && w.getParameterTypes()[0] != Optional.class);
        }
        MethodHandle[] with = withs.toArray(new MethodHandle[0]);
        boolean[] unwrapped = new boolean[with.length];
        for (int i = 0; i < with.length; i++) {
            unwrapped[i] = unwrap.get(i);
        }
        Factory[] makers = usable.toArray(new Factory[0]);
        ObjectShape.Maker maker = args -> {
            Object v = null;
            for (Factory f : makers) {
                if (f.fits(args, n)) {
                    v = f.make(args);
                    break;
                }
            }
            if (v == null) {
                throw new IllegalArgumentException("no factory of " + c.getSimpleName() + " takes these attributes");
            }
            for (int i = 0; i < with.length; i++) {
                Object a = args[n + i];
                if (a == null) {
                    continue;
                }
                if (unwrapped[i]) {
                    if (((Optional<?>) a).isEmpty()) {
                        continue;
                    }
                    a = ((Optional<?>) a).get();
                }
                v = (Object) with[i].invokeExact(v, a);
            }
            return v;
        };
        return new ObjectShape(c, attrs, maker, tag(c), version(c));
    }

    /** One factory of a value: which attribute each parameter takes, and whether it takes it unwrapped. */
    private static final class Factory {
        private final MethodHandle handle;
        private final int[] from;
        private final boolean[] unwrap;

        private Factory(MethodHandle handle, int[] from, boolean[] unwrap) {
            this.handle = handle;
            this.from = from;
            this.unwrap = unwrap;
        }

        static Factory of(Class<?> c, Method f, Map<String, Integer> index) throws ReflectiveOperationException {
            Parameter[] ps = f.getParameters();
            int[] from = new int[ps.length];
            boolean[] unwrap = new boolean[ps.length];
            for (int i = 0; i < ps.length; i++) {
                Integer at = index.get(ps[i].getName());
                if (at == null) {
                    return null;
                }
                from[i] = at;
                unwrap[i] = ps[i].getType() != Optional.class && c.getMethod(ps[i].getName()).getReturnType() == Optional.class;
            }
            MethodHandle h = PUBLIC.findStatic(c, f.getName(), MethodType.methodType(f.getReturnType(),
                            f.getParameterTypes()))
                    .asSpreader(Object[].class, ps.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
            return new Factory(h, from, unwrap);
        }

        /** {@return whether this factory takes every attribute given among the first {@code n}} */
        boolean fits(Object[] args, int n) {
            boolean[] taken = new boolean[n];
            for (int i = 0; i < from.length; i++) {
                Object a = args[from[i]];
                if (unwrap[i] && (a == null || ((Optional<?>) a).isEmpty())) {
                    return false;
                }
                taken[from[i]] = true;
            }
            for (int i = 0; i < n; i++) {
                if (!taken[i] && args[i] != null && !(args[i] instanceof Optional<?> o && o.isEmpty())
                        && !(args[i] instanceof java.util.Collection<?> l && l.isEmpty())) {
                    return false;
                }
            }
            return true;
        }

        Object make(Object[] args) throws Throwable {
            Object[] values = new Object[from.length];
            for (int i = 0; i < from.length; i++) {
                Object a = args[from[i]];
                values[i] = unwrap[i] ? ((Optional<?>) a).get() : a;
            }
            return (Object) handle.invokeExact(values);
        }
    }

    private static boolean matchesAccessors(Class<?> c, Method of) {
        if (of.getParameterCount() == 0) {
            return false;
        }
        for (Parameter p : of.getParameters()) {
            if (!p.isNamePresent()) {
                return false;
            }
            try {
                Method acc = c.getMethod(p.getName());
                boolean fits = p.getType().isAssignableFrom(acc.getReturnType())
                        || acc.getReturnType() == Optional.class && acc.getGenericReturnType() instanceof ParameterizedType o
                        && o.getActualTypeArguments()[0] == p.getType();
                if (Modifier.isStatic(acc.getModifiers()) || !fits) {
                    return false;
                }
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
        return true;
    }

    /** A form being made, for a type that holds itself; it stands for the form once made. */
    private static final class Deferred extends Shape {
        private volatile Shape target;

        Deferred(Type type) {
            super(type);
        }

        private Shape target() {
            Shape t = target;
            if (t == null) {
                throw new IllegalStateException("form of " + name(type) + " not made");
            }
            return t;
        }

        @Override
        void write(Object value, tools.jackson.core.JsonGenerator out) {
            target().write(value, out);
        }

        @Override
        Object read(tools.jackson.core.JsonParser in, Loc at) {
            return target().read(in, at);
        }

        @Override
        Object absent() {
            return target == null ? null : target.absent();
        }

        @Override
        String expected() {
            return target().expected();
        }
    }
}
