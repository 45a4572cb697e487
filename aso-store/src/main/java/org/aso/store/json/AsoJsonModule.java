package org.aso.store.json;

import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that gives every type of {@link JsonTypes#all()} its JSON form; a host
 * registers it on its own mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AsoJsonModule()).build();
 * }</pre>
 *
 * <p>On a host's own mapper, bad input surfaces as a Jackson {@code DatabindException} carrying the
 * {@code Problem} ({@code JsonProblemException}); {@link AsoJson} returns it instead.
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
        throw new UnsupportedOperationException("not yet");
    }
}
