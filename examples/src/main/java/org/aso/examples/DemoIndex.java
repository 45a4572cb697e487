package org.aso.examples;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.docs.Html;

/** The demo's {@code index.html}: each step with its summary and files, then every file of the folder. */
final class DemoIndex {
    private DemoIndex() {}

    /** A step of the day: its title, what it printed, and the files it wrote (relative to the output folder). */
    record Step(String title, List<String> lines, List<String> files) {}

    /**
     * Writes {@code index.html} in {@code out} and returns the files it links, relative to {@code out}:
     * every regular file of the folder except the index itself, the marker and the state's internals
     * ({@link DemoDay#INTERNAL}: the H2 database, the outbox's queue, the archive's store).
     */
    static List<Path> write(Path out, List<Step> steps, int run, String day, Locale locale) throws IOException {
        boolean fr = locale.getLanguage().equals("fr");
        List<Path> files = files(out);
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(fr ? "fr" : "en").append("\">\n<head><meta charset=\"utf-8\">")
                .append("<title>").append(fr ? "Démo ASO" : "ASO demo").append("</title>\n<style>body{font-family:sans-serif;")
                .append("max-width:60em;margin:auto}pre{white-space:pre-wrap;background:#f4f4f4;padding:.5em}</style></head>\n<body>\n")
                .append("<h1>").append(Html.escape((fr ? "Démo ASO : journée n° " : "ASO demo: day ") + run + ", " + day))
                .append("</h1>\n");
        Set<String> linked = new LinkedHashSet<>();
        for (Step s : steps) {
            html.append("<h2>").append(Html.escape(s.title())).append("</h2>\n<pre>");
            s.lines().forEach(l -> html.append(Html.escape(l)).append('\n'));
            html.append("</pre>\n");
            if (!s.files().isEmpty()) {
                html.append("<ul>\n");
                for (String f : s.files()) {
                    html.append("<li>").append(link(f)).append("</li>\n");
                    linked.add(f);
                }
                html.append("</ul>\n");
            }
        }
        html.append("<h2>").append(fr ? "Tous les fichiers" : "Every file").append("</h2>\n<p>")
                .append(fr ? "Les messages envoyés par la boîte d'envoi sont dans messages/. Ne sont pas listés : la base H2 (base/),"
                        + " la file de la boîte d'envoi (boite-envoi/) et le magasin des archives (archives/), qui gardent l'état"
                        + " d'une journée à l'autre."
                        : "The messages the outbox sent are in messages/. Not listed: the H2 database (base/), the outbox's"
                        + " queue (boite-envoi/) and the archive's store (archives/), which keep the state from day to day.")
                .append("</p>\n<ul>\n");
        for (Path f : files) {
            html.append("<li>").append(link(unix(f))).append("</li>\n");
        }
        html.append("</ul>\n</body>\n</html>\n");
        Demo.write(out.resolve("index.html"), html.toString());
        return files;
    }

    /** Every file {@code index.html} links, relative to {@code out}, sorted. */
    static List<Path> files(Path out) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                Path rel = out.relativize(p);
                String first = rel.getName(0).toString();
                if (rel.getNameCount() == 1 && (first.equals("index.html") || first.equals(DemoDay.MARKER))) {
                    continue;
                }
                if (rel.getNameCount() > 1 && DemoDay.INTERNAL.contains(first)) {
                    continue;
                }
                files.add(rel);
            }
        }
        return files;
    }

    private static String unix(Path rel) {
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }

    private static String link(String relative) {
        String href;
        try {
            href = new URI(null, null, relative, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a relative path: " + relative, e);
        }
        return "<a href=\"" + Html.escape(href) + "\">" + Html.escape(relative) + "</a>";
    }
}
