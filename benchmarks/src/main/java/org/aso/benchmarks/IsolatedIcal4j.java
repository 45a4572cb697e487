package org.aso.benchmarks;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * Runs {@link Ical4jZones} in a class loader of its own, as a container loads a web application:
 * the class path of the JVM holds no ical4j, the jars given as arguments are seen only by that
 * loader. Then prints the zone ids the JVM has.
 */
public final class IsolatedIcal4j {
    private IsolatedIcal4j() {}

    /**
     * Runs it.
     *
     * @param args the jars of ical4j and its dependencies, and a directory holding this module's classes
     * @throws Exception whatever the program throws
     */
    public static void main(String[] args) throws Exception {
        URL[] urls = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            urls[i] = Path.of(args[i]).toUri().toURL();
        }
        try (URLClassLoader app = new URLClassLoader("app", urls, ClassLoader.getPlatformClassLoader())) {
            app.loadClass("org.aso.benchmarks.Ical4jZones").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        }
        System.out.println("seen from the JVM's class path: " + ZoneId.getAvailableZoneIds().size() + " zone ids");
    }
}
