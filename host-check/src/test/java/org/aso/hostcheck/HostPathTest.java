package org.aso.hostcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public type of every exported package, named in a host's source and compiled with
 * {@code -Xlint:all} against the host's compile path (the published artifacts and what they bring,
 * no Immutables), on the class path and on the module path: javac must have nothing to say.
 * {@code Host} covers the common calls with the Maven compiler; this covers the types it does not use.
 */
class HostPathTest {

    /** Modules a host can require. */
    private static final List<String> MODULES = List.of("org.aso.core", "org.aso.calendar", "org.aso.mail", "org.aso.docs", "org.aso.store");

    /**
     * Types that still warn, to be emptied: the agenda package (being reworked) still writes
     * {@code @Value.Immutable(builder = false)}, whose element a host's javac cannot look up; the
     * rest of core uses {@code FactoryStyle} instead.
     */
    private static final Set<String> KNOWN_TO_WARN = Set.of();

    private static List<Path> hostPath;
    private static List<String> publicTypes;

    @BeforeAll
    static void readTheHostPath() throws IOException {
        String file = System.getProperty("aso.hostPath", "target/host-path.txt");
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        hostPath = Stream.of(text.split(java.io.File.pathSeparator)).map(Path::of).collect(Collectors.toList());
        publicTypes = publicTypesOfExportedPackages(hostPath);
    }

    @Test
    void the_host_path_holds_no_Immutables() {
        assertThat(hostPath).extracting(Path::toString).noneMatch(p -> p.contains("immutables"));
    }

    @Test
    void the_probe_names_every_published_module_and_a_builder() {
        assertThat(publicTypes).hasSizeGreaterThan(200)
                .contains("org.aso.core.kernel.Person.Builder", "org.aso.core.kernel.PersonId",
                        "org.aso.calendar.Ics", "org.aso.mail.MailAddresses", "org.aso.docs.Html",
                        "org.aso.store.EventStore", "org.aso.store.json.AsoJson")
                .noneMatch(t -> t.contains(".internal."));
    }

    @Test
    void every_public_type_compiles_without_a_warning_on_the_class_path(@TempDir Path dir) throws IOException {
        // given
        Path source = write(dir.resolve("src/probe/Probe.java"), probe());

        // when
        List<String> warnings = compile(dir, List.of(source), List.of("--class-path", joined(hostPath)));

        // then
        assertThat(warnings).isEmpty();
    }

    @Test
    void every_public_type_compiles_without_a_warning_on_the_module_path(@TempDir Path dir) throws IOException {
        // given
        Path info = write(dir.resolve("src/module-info.java"), "module probe {\n"
                + MODULES.stream().map(m -> "    requires " + m + ";\n").collect(Collectors.joining()) + "}\n");
        Path source = write(dir.resolve("src/probe/Probe.java"), probe());

        // when
        List<String> warnings = compile(dir, List.of(info, source), List.of("--module-path", joined(hostPath)));

        // then
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_warning_in_the_probe_is_reported(@TempDir Path dir) throws IOException {
        // given: a raw type, which -Xlint:all reports
        Path source = write(dir.resolve("src/probe/Raw.java"),
                "package probe;\nclass Raw { java.util.List<?> list = new java.util.ArrayList(); }\n");

        // when
        List<String> warnings = compile(dir, List.of(source), List.of("--class-path", joined(hostPath)));

        // then
        assertThat(warnings).singleElement().asString().contains("ArrayList");
    }

    /** A class whose only content is a class literal of each public type. */
    private static String probe() {
        return "package probe;\n\nfinal class Probe {\n    static final Class<?>[] ALL = {\n"
                + publicTypes.stream().map(t -> "        " + t + ".class,\n").collect(Collectors.joining())
                + "    };\n}\n";
    }

    /** Compiles with every lint on and returns each warning not on {@link #KNOWN_TO_WARN}; fails on an error. */
    private static List<String> compile(Path dir, List<Path> sources, List<String> path) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Xmaxwarns", "100000",
                "-proc:none", "-d", dir.resolve("out").toString()));
        options.addAll(path);
        StringWriter out = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            compiled = javac.getTask(out, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String where = d.getSource() == null ? "" : d.getSource().getName();
            String text = where + ": " + d.getMessage(Locale.ROOT);
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(text);
            } else if (d.getKind() != Diagnostic.Kind.NOTE && KNOWN_TO_WARN.stream().noneMatch(where::contains)) {
                warnings.add(text);
            }
        }
        assertThat(errors).as("javac errors (output: %s)", out).isEmpty();
        assertThat(compiled).as("javac result (output: %s)", out).isTrue();
        return warnings;
    }

    /** The canonical names of the public types (nested ones included) in the packages the modules export. */
    private static List<String> publicTypesOfExportedPackages(List<Path> path) throws IOException {
        Set<String> names = new TreeSet<>();
        for (ModuleReference module : ModuleFinder.of(path.toArray(Path[]::new)).findAll()) {
            ModuleDescriptor descriptor = module.descriptor();
            if (!MODULES.contains(descriptor.name())) {
                continue;
            }
            Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
            try (ModuleReader reader = module.open(); Stream<String> resources = reader.list()) {
                resources.filter(r -> r.endsWith(".class") && !r.endsWith("module-info.class") && !r.endsWith("package-info.class"))
                        .map(r -> r.substring(0, r.length() - ".class".length()).replace('/', '.'))
                        .filter(binary -> exported.contains(binary.substring(0, binary.lastIndexOf('.'))))
                        .map(HostPathTest::canonicalNameIfPublic)
                        .flatMap(Stream::ofNullable)
                        .forEach(names::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        assertThat(names.stream().map(n -> n.substring(0, n.indexOf(".", "org.aso.".length())))).as("modules found")
                .containsAll(List.of("org.aso.core", "org.aso.calendar", "org.aso.mail", "org.aso.docs", "org.aso.store"));
        return List.copyOf(names);
    }

    /** The canonical name of a class a host can name, or null (package-private, local, anonymous). */
    private static String canonicalNameIfPublic(String binaryName) {
        try {
            Class<?> type = Class.forName(binaryName, false, HostPathTest.class.getClassLoader());
            for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                    return null;
                }
            }
            return type.getCanonicalName();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("On the host path but not on the test class path: " + binaryName, e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator));
    }
}
