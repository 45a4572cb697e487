package org.aso.store.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.deser.KeyDeserializers;
import tools.jackson.databind.ser.Serializers;

/**
 * The Jackson 3 module that gives every type of {@link JsonTypes#all()} its JSON form; a host
 * registers it on its own mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AsoJsonModule()).build();
 * }</pre>
 *
 * <p>On a host's own mapper, bad input surfaces as a {@link JsonProblemException} (a Jackson
 * {@code DatabindException}) carrying the {@code Problem}; {@link AsoJson} returns it instead. Writing
 * an aso-core type that has no JSON form (an aggregate, a service) fails with a {@code DatabindException}
 * naming the type.
 *
 * <p>Forms are worked out once per type, by reflection on aso-core's public API, and cached.
 */
public final class AsoJsonModule extends JacksonModule {

    /** Makes the module. */
    public AsoJsonModule() {
    }

    @Override
    public String getModuleName() {
        return "aso-json";
    }

    @Override
    public tools.jackson.core.Version version() {
        return tools.jackson.core.Version.unknownVersion();
    }

    @Override
    public void setupModule(SetupContext context) {
        context.addSerializers(new Writers());
        context.addDeserializers(new Readers());
        context.addKeySerializers(new KeyWriters());
        context.addKeyDeserializers(new KeyReaders());
    }

    /** Finds the serialiser of an aso-core type used as a map key (ids, enums): its string form. */
    private static final class KeyWriters extends Serializers.Base {
        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
            Class<?> raw = type.getRawClass();
            if (!Shapes.isCore(raw)) {
                return null;
            }
            return Shapes.formClass(raw).map(Shapes::of).filter(Shape::keyable)
                    .<ValueSerializer<?>>map(KeyWriter::new).orElse(null);
        }
    }

    /** Writes a map key through a form. */
    private static final class KeyWriter extends ValueSerializer<Object> {
        private final Shape shape;

        KeyWriter(Shape shape) {
            this.shape = shape;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeName(shape.toKey(value));
        }
    }

    /** Finds the deserialiser of an aso-core type used as a map key. */
    private static final class KeyReaders implements KeyDeserializers {
        @Override
        public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            Class<?> raw = type.getRawClass();
            if (!Shapes.isCore(raw) || !Shapes.supports(raw) || !Shapes.of(raw).keyable()) {
                return null;
            }
            Shape shape = Shapes.of(raw);
            return new KeyDeserializer() {
                @Override
                public Object deserializeKey(String key, DeserializationContext ctxt) {
                    return shape.fromKey(key, Loc.root(ctxt.getParser() == null ? ""
                            : ctxt.getParser().streamReadContext().pathAsPointer().toString()));
                }
            };
        }
    }

    /** Finds the serialiser of an aso-core type. */
    private static final class Writers extends Serializers.Base {
        @Override
        public ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
                BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
            return writer(type.getRawClass());
        }

        @Override
        public ValueSerializer<?> findEnumSerializer(SerializationConfig config, JavaType type,
                BeanDescription.Supplier beanDescRef, JsonFormat.Value formatOverrides) {
            return writer(type.getRawClass());
        }

        private static ValueSerializer<?> writer(Class<?> raw) {
            if (!Shapes.isCore(raw)) {
                return null;
            }
            return Shapes.formClass(raw).<ValueSerializer<?>>map(c -> new Writer(Shapes.of(c)))
                    .orElseGet(() -> new NoForm(raw));
        }
    }

    /** Finds the deserialiser of an aso-core type. */
    private static final class Readers extends Deserializers.Base {
        @Override
        public ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            return reader(type.getRawClass());
        }

        @Override
        public ValueDeserializer<?> findEnumDeserializer(JavaType type, DeserializationConfig config,
                BeanDescription.Supplier beanDescRef) {
            return reader(type.getRawClass());
        }

        @Override
        public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
            return Shapes.isCore(valueType) && Shapes.supports(valueType);
        }

        private static ValueDeserializer<?> reader(Class<?> raw) {
            return Shapes.isCore(raw) && Shapes.supports(raw) ? new Reader(Shapes.of(raw)) : null;
        }
    }

    /** Writes through a form. */
    private static final class Writer extends ValueSerializer<Object> {
        private final Shape shape;

        Writer(Shape shape) {
            this.shape = shape;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            shape.write(value, gen);
        }
    }

    /** Refuses to write an aso-core type without a form. */
    private static final class NoForm extends ValueSerializer<Object> {
        private final Class<?> type;

        NoForm(Class<?> type) {
            this.type = type;
        }

        @Override
        public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
            throw tools.jackson.databind.DatabindException.from(gen, type.getName() + " has no JSON form");
        }
    }

    /** Reads through a form; problems are thrown as {@link JsonProblemException}. */
    private static final class Reader extends ValueDeserializer<Object> {
        private final Shape shape;

        Reader(Shape shape) {
            this.shape = shape;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!shape.readable()) {
                throw Shape.fail("json.type.unknown", "A " + Shape.name(shape.type) + " is written only: it cannot"
                        + " be read", Loc.root(p.streamReadContext().pathAsPointer().toString()), shape.type);
            }
            return shape.read(p, Loc.root(p.streamReadContext().pathAsPointer().toString()));
        }
    }
}
