package org.aso.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The README's code blocks and the tagged regions of the examples they are copied from.
 *
 * <p>A region is the lines of a source file between {@code // tag::NAME[]} and
 * {@code // end::NAME[]}; marker lines of other regions inside it are left out. A region may be
 * opened again further down the same file: its parts are joined with a blank line, so a snippet can
 * skip the scaffolding an example needs between two of its steps. In the README, the line before each fenced
 * block names its region, {@code <!-- snippet: NAME -->}; a block that is not Java (a shell
 * command, a POM excerpt) says so with {@code <!-- snippet: none -->}. A block and its region are
 * compared after trailing spaces, the common indentation and leading or trailing blank lines are
 * removed.
 */
final class Snippets {
    static final String NONE = "none";

    private static final Pattern TAG = Pattern.compile("^\\s*//\\s*(tag|end)::([a-z0-9][a-z0-9-]*)\\[]\\s*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*([a-z0-9][a-z0-9-]*)\\s*-->\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(`{3,}|~{3,})\\s*(\\S*)\\s*$");
    /** A comment that reads like a value ({@code // Left(...)}, {@code // "text"}, {@code // 42}) but claims nothing. */
    private static final Pattern UNCHECKED_OUTPUT = Pattern.compile(
            "//\\s*(Left\\(|Right\\(|Optional[\\[.]|\\[|\\{|\"|true\\b|false\\b|-?\\d)");

    /** A fenced block of the README: the language of its fence, its marker (or null) and its lines. */
    record Block(int line, String language, String marker, List<String> lines, int firstLine, int lastLine,
                 boolean closed) {}

    /** A region of a source file. */
    record Region(String name, Path file, List<String> lines) {}

    private Snippets() {}

    /** The README next to the examples module (or where {@code aso.readme} says). */
    static Path readme() {
        return Path.of(System.getProperty("aso.readme", "../README.md"));
    }

    /** The example sources (or where {@code aso.examples.sources} says). */
    static Path sources() {
        return Path.of(System.getProperty("aso.examples.sources", "src/main/java"));
    }

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The fenced blocks of a Markdown text; every fault of the fences themselves (a fence never
     * closed, a block without a language, a marker not followed by a block) goes to {@code faults}.
     */
    static List<Block> blocks(List<String> markdown, List<String> faults) {
        List<Block> blocks = new ArrayList<>();
        String pendingMarker = null;
        int markerLine = 0;
        int i = 0;
        while (i < markdown.size()) {
            String line = markdown.get(i);
            Matcher marker = MARKER.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                if (pendingMarker != null) {
                    faults.add("README line " + markerLine + ": marker <!-- snippet: " + pendingMarker
                            + " --> is not followed by a code block");
                }
                pendingMarker = marker.group(1);
                markerLine = i + 1;
                i++;
            } else if (fence.matches()) {
                String ticks = fence.group(1);
                String language = fence.group(2);
                int open = i + 1;
                if (language.isEmpty()) {
                    faults.add("README line " + open + ": a code block must name its language (```java, ```sh, ...)");
                }
                List<String> lines = new ArrayList<>();
                int j = i + 1;
                boolean closed = false;
                while (j < markdown.size()) {
                    Matcher inner = FENCE.matcher(markdown.get(j));
                    if (inner.matches() && inner.group(1).charAt(0) == ticks.charAt(0)
                            && inner.group(1).length() >= ticks.length()) {
                        if (inner.group(2).isEmpty()) {
                            closed = true;
                            break;
                        }
                        // a fence with a language cannot close a block: the block above was left open
                        faults.add("README line " + open + ": the ```" + language
                                + " block is not closed before the fence at line " + (j + 1));
                        break;
                    }
                    lines.add(markdown.get(j));
                    j++;
                }
                if (!closed && j == markdown.size()) {
                    faults.add("README line " + open + ": the ```" + language + " block is never closed");
                }
                blocks.add(new Block(open, language, pendingMarker, lines, open + 1, j, closed));
                pendingMarker = null;
                if (!closed && j < markdown.size()) {
                    // read on from the fence that showed the block open, with the marker above it
                    int k = j - 1;
                    while (k > i && markdown.get(k).isBlank()) {
                        k--;
                    }
                    Matcher above = MARKER.matcher(markdown.get(k));
                    if (k > i && above.matches()) {
                        pendingMarker = above.group(1);
                        markerLine = k + 1;
                    }
                }
                i = closed ? j + 1 : j;
            } else {
                if (!line.isBlank() && pendingMarker != null) {
                    faults.add("README line " + markerLine + ": marker <!-- snippet: " + pendingMarker
                            + " --> is not followed by a code block");
                    pendingMarker = null;
                }
                i++;
            }
        }
        if (pendingMarker != null) {
            faults.add("README line " + markerLine + ": marker <!-- snippet: " + pendingMarker
                    + " --> is not followed by a code block");
        }
        return blocks;
    }

    /** Every region of the Java files under {@code root}, by name; faults of the tags go to {@code faults}. */
    static Map<String, Region> regions(Path root, List<String> faults) {
        Map<String, Region> regions = new LinkedHashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            for (Region r : regionsOf(file, read(file), faults)) {
                Region before = regions.putIfAbsent(r.name(), r);
                if (before != null) {
                    faults.add("region " + r.name() + " is tagged in both " + before.file() + " and " + file);
                }
            }
        }
        return regions;
    }

    /**
     * The regions of one file, in the order they first open. The parts of a region opened more than
     * once are normalised each on its own and joined with a blank line.
     */
    static List<Region> regionsOf(Path file, List<String> source, List<String> faults) {
        Map<String, List<List<String>>> parts = new LinkedHashMap<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int i = 0; i < source.size(); i++) {
            Matcher tag = TAG.matcher(source.get(i));
            if (tag.matches()) {
                String name = tag.group(2);
                if (tag.group(1).equals("tag")) {
                    if (open.putIfAbsent(name, i + 1) != null) {
                        faults.add(file + ":" + (i + 1) + ": region " + name + " is opened again before it ends");
                    } else {
                        parts.computeIfAbsent(name, n -> new ArrayList<>()).add(new ArrayList<>());
                    }
                } else if (open.remove(name) == null) {
                    faults.add(file + ":" + (i + 1) + ": end of region " + name + " that is not open");
                }
                continue;
            }
            for (String name : open.keySet()) {
                List<List<String>> p = parts.get(name);
                p.get(p.size() - 1).add(source.get(i));
            }
        }
        open.forEach((name, line) -> faults.add(file + ":" + line + ": region " + name + " is never closed"));
        List<Region> regions = new ArrayList<>();
        parts.forEach((name, list) -> {
            List<String> lines = new ArrayList<>();
            for (List<String> part : list) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.addAll(normalise(part));
            }
            regions.add(new Region(name, file, lines));
        });
        return regions;
    }

    /** Without trailing spaces, common indentation, and blank lines at either end. */
    static List<String> normalise(List<String> lines) {
        List<String> stripped = lines.stream().map(String::stripTrailing).toList();
        int from = 0;
        int to = stripped.size();
        while (from < to && stripped.get(from).isEmpty()) {
            from++;
        }
        while (to > from && stripped.get(to - 1).isEmpty()) {
            to--;
        }
        List<String> body = stripped.subList(from, to);
        int indent = body.stream().filter(l -> !l.isEmpty())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.isEmpty() ? l : l.substring(indent)).toList();
    }

    /**
     * Everything that is wrong with the README's blocks against the regions: a Java block without
     * a region or with one that does not exist or differs, a non-Java block without its opt-out
     * marker, a region no block shows. Empty when the README is right.
     */
    static List<String> check(List<String> readme, Map<String, Region> regions, List<String> faults) {
        List<String> all = new ArrayList<>(faults);
        List<String> shown = new ArrayList<>();
        for (Block b : blocks(readme, all)) {
            String where = "README line " + b.line() + " (```" + b.language() + "): ";
            if (b.marker() == null) {
                all.add(where + (b.language().equals("java")
                        ? "a Java block needs <!-- snippet: REGION --> naming the example region it shows"
                        : "mark it <!-- snippet: none --> (not Java) or name a region"));
            } else if (b.marker().equals(NONE)) {
                if (b.language().equals("java")) {
                    all.add(where + "a Java block cannot opt out: tag a region in the examples and name it");
                }
            } else if (!b.language().equals("java")) {
                all.add(where + "only Java blocks come from regions; mark it <!-- snippet: none -->");
            } else {
                boolean inClaim = false;
                for (String line : b.lines()) {
                    if (inClaim && Outputs.isContinuation(line)) {
                        continue;
                    }
                    inClaim = line.contains("// =>");
                    Matcher m = UNCHECKED_OUTPUT.matcher(line);
                    if (!inClaim && m.find() && !line.substring(0, m.start()).contains("//")) {
                        all.add(where + "a comment reads like an output but is not checked; write it as // => ...: "
                                + line.strip());
                    }
                }
                Region r = regions.get(b.marker());
                shown.add(b.marker());
                if (r == null) {
                    all.add(where + "no region " + b.marker() + " in the examples (// tag::" + b.marker() + "[])");
                } else if (!normalise(b.lines()).equals(r.lines())) {
                    all.add(where + "differs from region " + b.marker() + " in " + r.file() + "\n"
                            + firstDifference(normalise(b.lines()), r.lines()));
                }
            }
        }
        for (String name : regions.keySet()) {
            if (!shown.contains(name)) {
                all.add("region " + name + " (" + regions.get(name).file() + ") is shown by no README block");
            }
        }
        return all;
    }

    private static String firstDifference(List<String> readme, List<String> region) {
        int n = Math.min(readme.size(), region.size());
        for (int i = 0; i < n; i++) {
            if (!readme.get(i).equals(region.get(i))) {
                return "  line " + (i + 1) + " of the block\n    README: " + readme.get(i) + "\n    region: " + region.get(i);
            }
        }
        return readme.size() > n
                ? "  the README has more lines, from: " + readme.get(n)
                : "  the region has more lines, from: " + region.get(n);
    }

    /** The README with every Java block that names an existing region replaced by that region. */
    static List<String> rewrite(List<String> readme, Map<String, Region> regions) {
        List<String> out = new ArrayList<>(readme);
        List<Block> blocks = blocks(readme, new ArrayList<>());
        // from the end, so that earlier line numbers stay valid
        for (int k = blocks.size() - 1; k >= 0; k--) {
            Block b = blocks.get(k);
            Region r = b.marker() == null ? null : regions.get(b.marker());
            if (r == null || !b.language().equals("java") || !b.closed()) {
                continue;
            }
            List<String> section = out.subList(b.firstLine() - 1, b.lastLine());
            section.clear();
            section.addAll(r.lines());
        }
        return out;
    }

    static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    static boolean isWriteMode() {
        return Boolean.parseBoolean(System.getProperty("aso.readme.write", "false"));
    }

    static Region region(String name) {
        List<String> faults = new ArrayList<>();
        Region r = regions(sources(), faults).get(name);
        if (!faults.isEmpty()) {
            throw new AssertionError(String.join("\n", faults));
        }
        return Objects.requireNonNull(r, () -> "no region " + name + " in " + sources());
    }
}
