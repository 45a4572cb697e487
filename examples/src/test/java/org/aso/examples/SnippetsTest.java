package org.aso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README checker itself: each kind of fault it must catch, on small made-up inputs. */
class SnippetsTest {
    private static final Path FILE = Path.of("Example.java");

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static Map<String, Snippets.Region> regions(String source) {
        List<String> faults = new ArrayList<>();
        Map<String, Snippets.Region> regions = new LinkedHashMap<>();
        for (Snippets.Region r : Snippets.regionsOf(FILE, lines(source), faults)) {
            regions.put(r.name(), r);
        }
        assertThat(faults).isEmpty();
        return regions;
    }

    private static final String SOURCE = """
            class Example {
                void run() {
                    // tag::greet[]
                    String hello = "hello";   // => hello
                    // end::greet[]
                }
            }
            """;

    private static List<String> check(String readme) {
        return Snippets.check(lines(readme), regions(SOURCE), List.of());
    }

    @Test
    void check_blockEqualToItsRegionWithOtherIndentation_findsNothing() {
        assertThat(check("""
                # Guide
                <!-- snippet: greet -->
                ```java
                  String hello = "hello";   // => hello
                ```
                <!-- snippet: none -->
                ```sh
                mvn -B verify
                ```
                """)).isEmpty();
    }

    @Test
    void check_blockThatDiffersFromItsRegion_saysWhere() {
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "bonjour";   // => hello
                ```
                """)).singleElement().asString().contains("README line 2", "differs from region greet", "bonjour");
    }

    @Test
    void check_fenceNeverClosed_isAFault() {
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // => hello
                """)).anyMatch(f -> f.contains("never closed"));
    }

    @Test
    void check_blockLeftOpenBeforeTheNextFence_isAFault() {
        // the fault of "the day's plan": a block left open swallows the prose up to the next block
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // => hello

                ## Next section
                <!-- snippet: none -->
                ```sh
                mvn -B verify
                ```
                """)).anyMatch(f -> f.contains("README line 2") && f.contains("not closed before the fence at line 7"))
                .noneMatch(f -> f.contains("README line 7"));
    }

    @Test
    void check_outputCommentWithoutArrow_isAFault() {
        List<String> faults = Snippets.check(lines("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // "hello"
                ```
                """), regions("""
                // tag::greet[]
                String hello = "hello";   // "hello"
                // end::greet[]
                """), List.of());
        assertThat(faults).singleElement().asString().contains("reads like an output", "// => ...");
    }

    @Test
    void check_javaBlockWithoutMarker_isAFault() {
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // => hello
                ```
                ```java
                int answer = 42;
                ```
                """)).singleElement().asString().contains("README line 5", "needs <!-- snippet: REGION -->");
    }

    @Test
    void check_javaBlockOptingOut_isAFault() {
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // => hello
                ```
                <!-- snippet: none -->
                ```java
                int answer = 42;
                ```
                """)).singleElement().asString().contains("cannot opt out");
    }

    @Test
    void check_otherBlocksWithoutMarkerOrLanguage_areFaults() {
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // => hello
                ```
                ```sh
                mvn -B verify
                ```
                <!-- snippet: none -->
                ```
                plain
                ```
                """)).hasSize(2).anyMatch(f -> f.contains("mark it <!-- snippet: none -->"))
                .anyMatch(f -> f.contains("must name its language"));
    }

    @Test
    void check_unknownRegionAndRegionNotShown_areFaults() {
        assertThat(check("""
                <!-- snippet: farewell -->
                ```java
                String bye = "bye";
                ```
                """)).hasSize(2).anyMatch(f -> f.contains("no region farewell"))
                .anyMatch(f -> f.contains("region greet") && f.contains("shown by no README block"));
    }

    @Test
    void check_markerNotFollowedByABlock_isAFault() {
        assertThat(check("""
                <!-- snippet: greet -->
                ```java
                String hello = "hello";   // => hello
                ```
                <!-- snippet: greet -->
                Some prose.
                """)).singleElement().asString().contains("README line 5", "not followed by a code block");
    }

    @Test
    void regionsOf_badTags_areFaults() {
        List<String> faults = new ArrayList<>();
        Snippets.regionsOf(FILE, lines("""
                // tag::a[]
                int a;
                // end::b[]
                // tag::c[]
                """), faults);
        assertThat(faults).hasSize(3).anyMatch(f -> f.contains("end of region b that is not open"))
                .anyMatch(f -> f.contains("region a is never closed")).anyMatch(f -> f.contains("region c is never closed"));
    }

    @Test
    void regionsOf_partsAndNestedTags_areJoinedWithoutTheirMarkers() {
        Map<String, Snippets.Region> regions = regions("""
                class X {
                    static int one() {
                        // tag::both[]
                        int one = 1;
                        // tag::inner[]
                        int two = 2;
                        // end::inner[]
                        // end::both[]
                        return one + two;
                    }
                    static void three() {
                            // tag::both[]
                            int three = 3;
                            // end::both[]
                    }
                }
                """);
        assertThat(regions.get("both").lines()).containsExactly("int one = 1;", "int two = 2;", "", "int three = 3;");
        assertThat(regions.get("inner").lines()).containsExactly("int two = 2;");
    }

    @Test
    void rewrite_copiesTheRegionsIntoTheirBlocks() {
        List<String> readme = lines("""
                Intro
                <!-- snippet: greet -->
                ```java
                String hello = "old";
                more old lines
                ```
                After
                """);
        List<String> rewritten = Snippets.rewrite(readme, regions(SOURCE));
        assertThat(rewritten).containsExactly("Intro", "<!-- snippet: greet -->", "```java",
                "String hello = \"hello\";   // => hello", "```", "After");
        assertThat(Snippets.check(rewritten, regions(SOURCE), List.of())).isEmpty();
    }

    @Test
    void claims_readTrailingOwnLineAndContinuedComments() {
        List<Outputs.Claim> claims = Outputs.claims(lines("""
                int a = 1 + 1;      // => 2
                String s = greeting()
                        .trim();
                // => hello,
                //    world
                // an ordinary comment
                int b = 3;          // no claim here
                """));
        assertThat(claims).extracting(Outputs.Claim::code, Outputs.Claim::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("int a = 1 + 1;", "2"),
                org.assertj.core.groups.Tuple.tuple(".trim();", "hello, world"));
    }

    @Test
    void matches_elisionsAndSpaces() {
        assertThat(Outputs.matches("Left(kernel.email.malformed: ...)",
                "Left(kernel.email.malformed: An e-mail address may not contain spaces)")).isTrue();
        assertThat(Outputs.matches("[a, ..., d]", "[a,\n b, c, d]")).isTrue();
        assertThat(Outputs.matches("<p>...</p>... <li>x</li>", "<p>y</p><ul><li>x</li>")).isTrue();
        assertThat(Outputs.matches("Left(kernel.email.domain: ...)", "Right(a@example.org)")).isFalse();
        assertThat(Outputs.matches("2024-05-28", "2024-05-28T00:00")).isFalse();
        assertThatThrownBy(() -> Outputs.matches("...", "anything")).isInstanceOf(AssertionError.class);
    }

    @Test
    void check_aWrongClaimOrOneNotChecked_fails() {
        Outputs out = outputsOf("""
                int a = 1 + 1;      // => 3
                int b = a * 2;      // => 4
                """);
        assertThatThrownBy(() -> out.check("int a", 2)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("claimed: 3").hasMessageContaining("actual:  2");
        out.check("int b", 4);
        assertThatThrownBy(() -> out.check("int c", 1)).hasMessageContaining("no unchecked");

        Outputs other = outputsOf("""
                int a = 1 + 1;      // => 2
                int b = a * 2;      // => 4
                """);
        other.check("int a", 2);
        assertThatThrownBy(other::assertAllChecked).isInstanceOf(AssertionError.class).hasMessageContaining("int b");
    }

    private static Outputs outputsOf(String region) {
        return Outputs.ofLines("test", lines(region));
    }
}
