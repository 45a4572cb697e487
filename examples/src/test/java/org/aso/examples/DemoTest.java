package org.aso.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.aso.calendar.Ics;
import org.aso.docs.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    /** The state's folders, which index.html does not list: the H2 database, the outbox's queue, the archive's store. */
    private static final Set<String> INTERNAL = Set.of("base", "boite-envoi", "archives");

    @Test
    void the_demo_played_twice_writes_every_kind_of_file_links_them_all_and_carries_on(@TempDir Path dir) throws Exception {
        // given
        Demo.Options options = Demo.Options.in(dir.resolve("sortie"));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // when
        Demo.Result first = Demo.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));
        List<String> firstFiles = relativeFiles(options.out());
        String firstIndex = Files.readString(options.out().resolve("index.html"));
        // then
        assertThat(first.run()).isEqualTo(1);
        assertThat(first.day()).isEqualTo(java.time.LocalDate.of(2026, 3, 9));
        assertThat(first.numbers()).containsExactly("DGA/2026E00001", "DGA/2026E00002", "DGA/2026E00003", "DGA/2026E00004",
                "DGA/2026S00001");
        assertThat(first.notices()).isEqualTo(1);
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("== 1. Le courrier arrivé")
                .contains("== 6. Le plan de demain").contains("Confié à Luc Bernard")
                .contains("Le vidéoprojecteur de la salle tombe en panne : 1 réunion(s) touchée(s)")
                .contains("avec le vidéoprojecteur de secours réservé avec elle [projector-spare]")
                .contains("Fichiers écrits (" + first.files().size() + ")");
        assertEveryKindOfFile(options.out(), firstFiles, true);
        assertIndexLinksExactly(options.out(), firstIndex, firstFiles);
        assertThat(first.files()).extracting(p -> p.toString().replace('\\', '/')).containsExactlyElementsOf(firstFiles);

        // when: the same command again
        Demo.Result second = Demo.run(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<String> secondFiles = relativeFiles(options.out());
        // then: the next working day, on the state the first run saved
        assertThat(second.run()).isEqualTo(2);
        assertThat(second.day()).isEqualTo(java.time.LocalDate.of(2026, 3, 10));
        assertThat(second.numbers()).containsExactly("DGA/2026S00002");     // the letters are not registered twice
        assertThat(second.notices()).isZero();                               // yesterday's notice is not given again
        assertEveryKindOfFile(options.out(), secondFiles, false);
        assertIndexLinksExactly(options.out(), Files.readString(options.out().resolve("index.html")), secondFiles);
        assertThat(secondFiles).noneMatch(f -> f.contains("2026-03-09"));   // documents rewritten, not piled up
        assertThat(Files.readString(options.out().resolve("index.html"))).contains("journée n° 2");

        // when: from scratch
        Demo.Result fresh = Demo.run(options.withFresh(true), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        // then
        assertThat(fresh.run()).isEqualTo(1);
        assertThat(fresh.numbers()).startsWith("DGA/2026E00001");
    }

    @Test
    void the_demo_in_english_writes_its_documents_in_english(@TempDir Path dir) throws Exception {
        // given
        Demo.Options options = Demo.Options.in(dir).withLocale(Locale.ENGLISH);
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        // when
        Demo.run(options, new PrintStream(console, true, StandardCharsets.UTF_8));
        // then
        assertThat(console.toString(StandardCharsets.UTF_8)).contains("== 1. Incoming mail").contains("Handed over to Luc Bernard");
        assertThat(pdfText(dir.resolve("documents/compte-rendu-copil-2026-03-09.pdf")))
                .contains("The fair's budget is set at 2,500 euros");
        assertThat(Files.readString(dir.resolve("index.html"))).contains("<html lang=\"en\">");
    }

    @Test
    void a_folder_that_is_not_the_demos_is_left_alone(@TempDir Path dir) throws Exception {
        // given
        Path mine = Files.writeString(dir.resolve("notes.txt"), "mes notes");
        // when / then
        assertThatThrownBy(() -> Demo.run(Demo.Options.in(dir).withFresh(true),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .isInstanceOf(DemoFailure.class).hasMessageContaining("n'est pas une sortie de la démo");
        assertThat(mine).hasContent("mes notes");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).containsExactly(mine);
        }
    }

    @Test
    void options_readTheCommandLine_orSayWhatIsWrong() {
        assertThat(Demo.Options.parse("--lang", "en", "--fresh", "--out", "x").get())
                .satisfies(o -> {
                    assertThat(o.locale()).isEqualTo(Locale.ENGLISH);
                    assertThat(o.fresh()).isTrue();
                    assertThat(o.out()).isEqualTo(Path.of("x").toAbsolutePath().normalize());
                });
        assertThat(Demo.Options.parse().get().out().getFileName().toString()).isEqualTo(Demo.DEFAULT_FOLDER);
        assertThat(Demo.Options.parse("--lang", "de").getLeft()).isEqualTo("--lang is fr or en, not 'de'");
        assertThat(Demo.Options.parse("--smtp", "mail.example.org").getLeft()).startsWith("--smtp is host:port");
        assertThat(Demo.Options.parse("--out").getLeft()).startsWith("--out needs a value.");
        assertThat(Demo.Options.parse("--smtp", "mail.example.org:587").get().smtp()).contains("mail.example.org:587");
        assertThat(Demo.Options.parse("--smtp", "localhost:2525", "--smtp-plain").get().smtp()).contains("plain:localhost:2525");
        assertThat(Demo.Options.parse("--smtp", "mail.example.org:25", "--smtp-plain").getLeft())
                .startsWith("--smtp-plain is only for a test server on this machine");
        assertThat(Demo.Options.parse("--bogus\n").getLeft()).startsWith("Unknown option '--bogus?'");
    }

    // ------------------------------------------------------------------ checks

    private static void assertEveryKindOfFile(Path out, List<String> files, boolean firstDay) throws Exception {
        assertThat(files).anyMatch(f -> f.endsWith(".eml")).anyMatch(f -> f.endsWith(".ics"))
                .anyMatch(f -> f.endsWith(".html")).anyMatch(f -> f.endsWith(".pdf"));
        Ics ics = Ics.builder(Ics.Directory.of(List.of(), List.of())).build();
        Set<String> methods = new TreeSet<>();
        for (String f : files.stream().filter(f -> f.endsWith(".ics")).toList()) {
            Ics.Received read = ics.read(Files.readString(out.resolve(f))).getOrElseThrow(p -> new AssertionError(f + ": " + p));
            methods.add(read.method().name());
            assertThat(read.components()).as(f).isPositive();
        }
        assertThat(methods).containsExactly("PUBLISH", "REPLY", "REQUEST");
        int invitations = 0;
        for (String f : files.stream().filter(f -> f.startsWith("messages/")).toList()) {
            assertThat(f).endsWith(".eml");
            if (f.startsWith("messages/meeting.")) {
                assertThat(calendarMethods(out.resolve(f))).as(f).containsExactly("REQUEST");
                invitations++;
            }
        }
        assertThat(invitations).isEqualTo(3);        // the invitation, the move, the spare taking over
        assertThat(files).filteredOn(f -> f.startsWith("messages/ack.")).hasSize(firstDay ? 4 : 0);
        assertThat(files).filteredOn(f -> f.startsWith("messages/notice.")).hasSize(firstDay ? 1 : 0);
        String day = firstDay ? "2026-03-09" : "2026-03-10";
        assertThat(pdfText(out.resolve("documents/compte-rendu-copil-" + day + ".pdf")))
                .contains("Le budget de la fête du quartier est fixé à 2 500 euros")
                .contains("Préparer la convention de subvention");
        assertThat(pdfText(out.resolve("documents/ordre-du-jour-copil-" + day + ".pdf")))
                .contains("Comité de pilotage de la fête du quartier");
        assertThat(pdfText(out.resolve("documents/etat-des-instances.pdf"))).contains("2026E00001");   // the table breaks the number after DGA
        if (firstDay) {
            assertThat(pdfText(out.resolve("courrier/accuse-reception-DGA-2026E00001.pdf"))).contains("DGA/2026E00001");
            assertThat(pdfText(out.resolve("documents/passation-lea.pdf"))).contains("Luc Bernard").contains("Léa Moreau");
        } else {
            assertThat(files).noneMatch(f -> f.startsWith("courrier/")).doesNotContain("documents/passation-lea.pdf");
        }
    }

    /** Every href of the index points to a file, and every file of the folder (but the state's) has one. */
    private static void assertIndexLinksExactly(Path out, String index, List<String> files) throws Exception {
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(index);
        Set<String> targets = new TreeSet<>();
        while (m.find()) {
            String target = new URI(m.group(1).replace("&amp;", "&")).getPath();
            assertThat(out.resolve(target)).as(m.group(1)).isRegularFile();
            targets.add(target);
        }
        assertThat(targets).containsExactlyInAnyOrderElementsOf(files);
        assertThat(index).doesNotContain("<script");
    }

    private static List<String> relativeFiles(Path out) throws Exception {
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                String top = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                if (!INTERNAL.contains(top) && !rel.equals("index.html") && !rel.equals(".aso-demo")) {
                    files.add(rel);
                }
            }
        }
        files.sort(null);
        return files;
    }

    private static String pdfText(Path pdf) throws Exception {
        String text = Archive.extractText(Files.readAllBytes(pdf), "application/pdf")
                .getOrElseThrow(p -> new AssertionError(pdf + ": " + p));
        return text.replaceAll("\\s+", " ");
    }

    /** The METHOD parameters of the text/calendar parts of a message, read by Jakarta Mail. */
    private static List<String> calendarMethods(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
            List<String> methods = new ArrayList<>();
            collect(message, methods);
            return methods;
        }
    }

    private static void collect(Part part, List<String> methods) throws Exception {
        ContentType type = new ContentType(part.getContentType());
        if (type.match("text/calendar")) {
            methods.add(type.getParameter("method"));
        } else if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                collect(body, methods);
            }
        }
    }
}
