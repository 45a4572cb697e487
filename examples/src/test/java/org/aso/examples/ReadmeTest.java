package org.aso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README is code: every Java block is a region of the examples (which the build compiles, and
 * whose outputs {@link ReadmeOutputsTest} checks), and the facts it states about the build are
 * the build's.
 *
 * <p>Run with {@code -Daso.readme.write=true} to copy the regions into the README instead of
 * failing on a difference (see ARCHITECTURE.md, "README snippets").
 */
class ReadmeTest {
    private static final String HOW_TO_FIX = "\nEdit the example region and copy it into README.md: "
            + "mvn -B -pl examples -am test -Dtest=ReadmeTest -Dsurefire.failIfNoSpecifiedTests=false"
            + " -Daso.readme.write=true";

    @Test
    void every_code_block_of_the_readme_is_an_example_region() throws IOException {
        // given
        List<String> faults = new ArrayList<>();
        Map<String, Snippets.Region> regions = Snippets.regions(Snippets.sources(), faults);
        List<String> readme = Snippets.read(Snippets.readme());
        // when
        if (Snippets.isWriteMode()) {
            List<String> rewritten = Snippets.rewrite(readme, regions);
            if (!rewritten.equals(readme)) {
                Files.writeString(Snippets.readme(), Snippets.text(rewritten), StandardCharsets.UTF_8);
            }
            readme = rewritten;
        }
        // then
        List<String> all = Snippets.check(readme, regions, faults);
        if (!all.isEmpty()) {
            fail(all.size() + " fault(s) in README.md:\n" + String.join("\n", all) + HOW_TO_FIX);
        }
    }

    @Test
    void the_dependency_snippet_names_this_version() {
        String version = System.getProperty("aso.version");
        assertThat(version).as("aso.version, set by the examples' POM").isNotBlank();
        String readme = String.join("\n", Snippets.read(Snippets.readme()));
        Matcher versions = Pattern.compile("<version>([^<]+)</version>").matcher(readme);
        List<String> found = new ArrayList<>();
        while (versions.find()) {
            found.add(versions.group(1));
        }
        assertThat(found).as("versions in README.md").isNotEmpty().containsOnly(version);
    }

    @Test
    void the_module_table_names_every_module_and_its_jpms_name() throws IOException {
        Path root = Snippets.readme().toAbsolutePath().getParent();
        String readme = String.join("\n", Snippets.read(Snippets.readme()));
        List<String[]> modules = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> d.getFileName().toString().startsWith("aso-")).sorted().toList()) {
                Path info = dir.resolve("src/main/java/module-info.java");
                if (Files.exists(info)) {
                    Matcher name = Pattern.compile("(?m)^\\s*(?:open\\s+)?module\\s+([\\w.]+)\\s*\\{").matcher(Files.readString(info));
                    assertThat(name.find()).as(info.toString()).isTrue();
                    modules.add(new String[] {dir.getFileName().toString(), name.group(1)});
                }
            }
        }
        assertThat(modules).isNotEmpty();
        for (String[] m : modules) {
            assertThat(readme).as("README names module " + m[0] + " and its JPMS name")
                    .containsPattern("\\|\\s*`" + Pattern.quote(m[0]) + "`\\s*\\|\\s*`" + Pattern.quote(m[1]) + "`\\s*\\|");
        }
    }
}
