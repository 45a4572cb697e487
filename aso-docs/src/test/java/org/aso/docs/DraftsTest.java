package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsTest {
    private final Drafts drafts = Drafts.of("Préfecture de l’Ain", Optional.empty());

    @Test
    void html_memoInFrench_isAnAccessibleDocumentInFrench() {
        String html = drafts.html(DraftFixtures.memo(), Locale.FRANCE).get();

        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"fr\"").contains("<h1>Note de service</h1>")
                .contains("<th scope=\"row\">Objet</th><td>Fermeture du bâtiment à Noël</td>")
                .contains("<td>Tout le personnel, Accueil</td>").contains("mardi 1 décembre 2026")
                .contains("Préfecture de l’Ain").contains("@media print");
    }

    @Test
    void html_memoInEnglish_hasEnglishLabelsAndDate() {
        String html = drafts.html(DraftFixtures.memo(), Locale.UK).get();

        assertThat(html).contains("lang=\"en\"").contains("<h1>Memo</h1>").contains("<th scope=\"row\">Subject</th>")
                .contains("Tuesday, December 1, 2026").doesNotContain("Objet");
    }

    @Test
    void html_valueWithMarkup_isEscaped() {
        String html = drafts.html(DraftFixtures.memo(), Locale.FRENCH).get();

        assertThat(html).contains("&lt;avant&gt; 11 h &amp; pas après").doesNotContain("<avant>");
    }

    @Test
    void html_sameDraftTwice_givesTheSameBytes() {
        Drafts other = Drafts.of("Préfecture de l’Ain", Optional.empty());

        for (Draft d : List.<Draft>of(DraftFixtures.memo(), DraftFixtures.letter(), DraftFixtures.secondMinutes())) {
            for (Locale l : List.of(Locale.FRENCH, Locale.ENGLISH)) {
                assertThat(drafts.html(d, l).isRight()).as(d.kind() + " " + l + " " + drafts.html(d, l)).isTrue();
                assertThat(other.html(d, l).get().getBytes(StandardCharsets.UTF_8))
                        .isEqualTo(drafts.html(d, l).get().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void html_letter_hasReferencesSubjectAndSignature() {
        String fr = drafts.html(DraftFixtures.letter(), Locale.FRENCH).get();
        String en = drafts.html(DraftFixtures.letter(), Locale.ENGLISH).get();

        assertThat(fr).contains("<dt>V/Réf.</dt><dd>EN/2026/11</dd>").contains("<dt>N/Réf.</dt><dd>A-2026-000042</dd>")
                .contains("Objet\u202F:</span> Votre demande de copie du dossier").contains("Paris, mercredi 2 décembre 2026")
                .contains("Madame Élodie Noël<br />12 rue de l’Église").contains("<p>Cheffe de section</p>");
        assertThat(en).contains("<dt>Your ref.</dt>").contains("<dt>Our ref.</dt>").contains("Subject:</span>")
                .contains("Paris, Wednesday, December 2, 2026");
    }

    @Test
    void html_letterWithoutReferences_leavesThemOut() {
        Letter l = DraftFixtures.letter();
        Letter bare = new Letter(l.place(), l.date(), l.addressee(), "", "", l.subject(), l.salutation(), l.paragraphs(),
                l.closing(), l.signatory(), "");

        String html = drafts.html(bare, Locale.FRENCH).get();

        assertThat(html).doesNotContain("V/Réf.").doesNotContain("N/Réf.").contains("<p>Hélène Lefèvre</p></div>");
    }

    @Test
    void text_memo_isPlainTextWithoutEscaping() {
        String text = drafts.text(DraftFixtures.memo(), Locale.FRENCH).get();

        assertThat(text).startsWith("NOTE DE SERVICE\nDe: Cheffe de section\n").contains("Objet: Fermeture du bâtiment à Noël")
                .contains("<avant> 11 h & pas après").doesNotContain("&amp;").doesNotContain("<p>");
    }

    @Test
    void text_letterInEnglish_hasReferences() {
        String text = drafts.text(DraftFixtures.letter(), Locale.ENGLISH).get();

        assertThat(text).contains("Your ref. EN/2026/11\nOur ref. A-2026-000042\n").contains("Subject: Votre demande");
    }

    @Test
    void html_draftLackingAValue_isAProblemNamingIt() {
        Draft partial = Draft.of(DocumentKind.MEMO, "Sans corps", Map.of("from", "Moi", "to", List.of("Vous"),
                "subject", "Rien", "date", "hier"));

        Either<Problem, String> html = drafts.html(partial, Locale.FRENCH);

        assertThat(html.getLeft().code()).isEqualTo("docs.template.missing-variable");
        assertThat(html.getLeft().detail("variable")).contains("paragraphs");
    }

    @Test
    void html_templateNameWithAPath_isRefusedBeforeAnyFileIsRead(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.peb");
        Files.writeString(secret, "SECRET");
        Path folder = Files.createDirectory(dir.resolve("templates"));
        Drafts hosted = Drafts.of("Org", Optional.of(folder));

        for (String name : List.of("../secret", "..", "/etc/passwd", "memo/../../secret", "Memo", "memo.peb", "")) {
            Either<Problem, String> html = hosted.html(name, DraftFixtures.memo(), Locale.FRENCH);
            assertThat(html.getLeft().code()).as(name).isEqualTo("docs.template.bad-name");
        }
    }

    @Test
    void html_templateOfTheHostIncludingAPath_isAProblemNotAFileRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("secret.peb"), "SECRET");
        Path folder = Files.createDirectory(dir.resolve("templates"));
        Files.writeString(folder.resolve("sneaky.peb"), "{% include \"../secret\" %}");

        Either<Problem, String> html = Drafts.of("Org", Optional.of(folder)).html("sneaky", DraftFixtures.memo(), Locale.FRENCH);

        assertThat(html.getLeft().code()).isEqualTo("docs.template.bad-name");
    }

    @Test
    void html_unknownTemplate_isNotFound() {
        Either<Problem, String> html = drafts.html("no-such-template", DraftFixtures.memo(), Locale.FRENCH);

        assertThat(html.getLeft().code()).isEqualTo("docs.template.not-found");
        assertThat(html.getLeft().detail("template")).contains("no-such-template");
    }

    @Test
    void organisation_overridingItsLetterheadAndStyles_keepsTheDefaultBody(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("letterhead.peb"),
                "<img alt=\"{{ organisation }}\" src=\"logo.png\" /><p class=\"motto\">Liberté, Égalité</p>");
        Files.writeString(folder.resolve("styles.peb"), "body { color: navy; }");

        String html = Drafts.of("République", Optional.of(folder)).html(DraftFixtures.memo(), Locale.FRENCH).get();

        assertThat(html).contains("<p class=\"motto\">Liberté, Égalité</p>").contains("alt=\"République\"")
                .contains("body { color: navy; }").doesNotContain("border-collapse")
                .contains("<h1>Note de service</h1>");
    }

    @Test
    void organisation_overridingAKind_replacesItsTemplate(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("memo.peb"),
                "{% extends \"layout\" %}{% block content %}<h1>NOTE {{ subject }}</h1>{% endblock %}");

        String html = Drafts.of("Org", Optional.of(folder)).html(DraftFixtures.memo(), Locale.FRENCH).get();

        assertThat(html).contains("<h1>NOTE Fermeture du bâtiment à Noël</h1>").doesNotContain("Note de service");
    }

    @Test
    void templateName_ofEveryKind_isALowerCaseWord() {
        for (DocumentKind k : DocumentKind.values()) {
            assertThat(TemplateFolder.isName(Drafts.templateName(k))).as(k.name()).isTrue();
        }
        assertThat(Drafts.templateName(DocumentKind.TRANSMISSION_SLIP)).isEqualTo("transmission-slip");
    }

    @Test
    void problem_missingVariable_readsInFrench() {
        Problem p = drafts.html(Draft.of(DocumentKind.MEMO, "x", Map.of()), Locale.FRENCH).getLeft();

        assertThat(p.message(Locale.FRENCH)).startsWith("Le modèle memo demande une valeur que le document ne fournit pas : ");
        assertThat(p.message(Locale.ENGLISH)).startsWith("The template memo needs a value the draft lacks: ");
    }
}
