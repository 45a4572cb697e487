package org.aso.store.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.core.kernel.Problem;

/** The public types of aso-core's exported packages, found in its classes (a jar or a directory). */
final class CoreTypes {
    private CoreTypes() {
    }

    static List<Class<?>> publicTypes() {
        Set<String> exported = Problem.class.getModule().isNamed()
                ? Problem.class.getModule().getDescriptor().exports().stream().map(e -> e.source())
                        .collect(java.util.stream.Collectors.toSet())
                : null;
        List<Class<?>> out = new ArrayList<>();
        try {
            Path where = Path.of(Problem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    files.filter(f -> f.toString().endsWith(".class"))
                            .map(f -> where.relativize(f).toString().replace(java.io.File.separatorChar, '.'))
                            .forEach(n -> add(n, exported, out));
                }
            } else {
                try (var jar = new java.util.jar.JarFile(where.toFile())) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.endsWith(".class"))
                            .map(n -> n.replace('/', '.')).forEach(n -> add(n, exported, out));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        out.sort(Comparator.comparing(Class::getName));
        return out;
    }

    private static void add(String file, Set<String> exported, List<Class<?>> out) {
        String name = file.substring(0, file.length() - ".class".length());
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
            return;
        }
        String pkg = name.substring(0, name.lastIndexOf('.'));
        if (exported != null ? !exported.contains(pkg) : pkg.contains(".internal")) {
            return;
        }
        Class<?> c;
        try {
            c = Class.forName(name, false, CoreTypes.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return;
            }
        }
        if (c.isAnonymousClass() || c.isSynthetic()) {
            return;
        }
        out.add(c);
    }
}
