package org.aso.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.PersonId;
import org.aso.docs.DocumentKind;
import org.aso.docs.DocumentMetadata;

/**
 * A generated archive: documents of about 200 words, half French and half English, drawn from the
 * vocabulary of a section's paperwork with a Zipf-like frequency (a few words everywhere, most
 * rare), markings from public to top secret, dates over 2016-2026; and the mixed queries a
 * section types. Deterministic for a seed.
 */
final class ArchiveFeed {
    static final List<String> FRENCH = List.of(
            "réunion", "comité", "direction", "budget", "dossier", "courrier", "décision", "rapport", "compte-rendu", "note",
            "service", "agent", "délai", "réponse", "demande", "instruction", "procédure", "marché", "contrat", "avenant",
            "facture", "paiement", "crédit", "exercice", "recrutement", "formation", "congé", "mutation", "avancement", "carrière",
            "sécurité", "bâtiment", "travaux", "entretien", "chauffage", "véhicule", "mission", "déplacement", "indemnité", "frais",
            "préfecture", "ministère", "collectivité", "mairie", "région", "département", "élu", "conseil", "séance", "délibération",
            "arrêté", "circulaire", "décret", "loi", "règlement", "archive", "classement", "versement", "élimination", "conservation",
            "courriel", "téléphone", "visite", "accueil", "usager", "réclamation", "recours", "contentieux", "avocat", "tribunal",
            "audience", "jugement", "appel", "expertise", "enquête", "inspection", "contrôle", "audit", "évaluation", "indicateur",
            "tableau", "planning", "calendrier", "échéance", "priorité", "urgence", "relance", "rappel", "validation", "signature",
            "parapheur", "transmission", "bordereau", "accusé", "réception", "envoi", "pièce", "annexe", "projet", "version",
            "modification", "observation", "remarque", "proposition", "arbitrage", "synthèse", "étude", "analyse", "diagnostic", "plan",
            "programme", "opération", "chantier", "livraison", "équipement", "informatique", "logiciel", "réseau", "serveur", "sauvegarde");
    static final List<String> ENGLISH = List.of(
            "meeting", "committee", "board", "budget", "file", "correspondence", "decision", "report", "minutes", "memo",
            "office", "officer", "deadline", "reply", "request", "instruction", "procedure", "tender", "contract", "amendment",
            "invoice", "payment", "allocation", "fiscal", "recruitment", "training", "leave", "transfer", "promotion", "career",
            "security", "building", "works", "maintenance", "heating", "vehicle", "mission", "travel", "allowance", "expenses",
            "ministry", "department", "council", "county", "region", "district", "member", "session", "resolution", "order",
            "circular", "decree", "act", "regulation", "archive", "filing", "transfer", "disposal", "retention", "records",
            "email", "phone", "visit", "reception", "citizen", "complaint", "appeal", "litigation", "counsel", "court",
            "hearing", "judgment", "review", "expert", "inquiry", "inspection", "control", "audit", "assessment", "indicator",
            "table", "schedule", "calendar", "due", "priority", "urgent", "reminder", "follow-up", "approval", "signature",
            "clearance", "transmission", "slip", "acknowledgement", "receipt", "dispatch", "enclosure", "annex", "draft", "version",
            "change", "comment", "remark", "proposal", "arbitration", "summary", "study", "analysis", "diagnosis", "plan",
            "programme", "operation", "site", "delivery", "equipment", "computing", "software", "network", "server", "backup");
    private static final List<String> FRENCH_GLUE = List.of("le", "la", "les", "de", "du", "des", "et", "pour", "sur", "au", "par", "avec");
    private static final List<String> ENGLISH_GLUE = List.of("the", "of", "and", "to", "for", "on", "in", "by", "with", "a", "at", "from");
    private static final DocumentKind[] KINDS = {DocumentKind.MEMO, DocumentKind.REPORT, DocumentKind.MINUTES, DocumentKind.LETTER,
            DocumentKind.TRANSMISSION_SLIP, DocumentKind.MEETING_AGENDA, DocumentKind.OTHER};
    private static final LocalDate FIRST = LocalDate.of(2016, 1, 1);
    private static final int DAYS = 11 * 365;

    /** One generated document. */
    record Doc(String id, DocumentMetadata metadata, String text) {}

    /** One query: the words (as a reader types them), the filters, and the reader's level. */
    record Ask(String text, Optional<DocumentKind> kind, Optional<LocalDate> from, Optional<LocalDate> to, Confidentiality reader,
               boolean phrase) {}

    private final Random random;

    ArchiveFeed(long seed) {
        random = new Random(seed);
    }

    /** A word by Zipf-like rank: rank r drawn with weight about 1/(r+1). */
    private String word(List<String> vocabulary) {
        double u = random.nextDouble();
        int n = vocabulary.size();
        // inverse of the continuous 1/(x+1) law over [0, n)
        int r = (int) Math.floor(Math.pow(n + 1, u) - 1);
        return vocabulary.get(Math.min(r, n - 1));
    }

    List<Doc> documents(int count) {
        List<Doc> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean french = i % 2 == 0;
            List<String> vocabulary = french ? FRENCH : ENGLISH;
            List<String> glue = french ? FRENCH_GLUE : ENGLISH_GLUE;
            StringBuilder text = new StringBuilder(1600);
            int words = 180 + random.nextInt(41);
            for (int w = 0; w < words; w++) {
                String next = random.nextInt(3) == 0 ? glue.get(random.nextInt(glue.size())) : word(vocabulary);
                if (w > 0) {
                    text.append(w % 17 == 0 ? ". " : " ");
                }
                text.append(w % 17 == 0 ? Character.toUpperCase(next.charAt(0)) + next.substring(1) : next);
            }
            text.append('.');
            String title = (french ? "Note : " : "Memo: ") + word(vocabulary) + " " + word(vocabulary);
            Confidentiality level = Confidentiality.values()[Math.min(random.nextInt(8), 4)];
            DocumentMetadata m = new DocumentMetadata(title, KINDS[random.nextInt(KINDS.length)],
                    Optional.of("ADM-" + (1 + random.nextInt(40))), Optional.of(DossierId.of("d-" + random.nextInt(5000))), List.of(),
                    PersonId.of("p-" + random.nextInt(50)), FIRST.plusDays(random.nextInt(DAYS)), Instant.parse("2026-01-01T00:00:00Z"),
                    level, french ? Locale.FRENCH : Locale.ENGLISH, Set.of());
            docs.add(new Doc("doc-" + i, m, text.toString()));
        }
        return docs;
    }

    /** Mixed queries: one word (some typed without accents), two words, a phrase, a word with a kind or a year. */
    List<Ask> queries(int count, List<Doc> docs) {
        List<Ask> asks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<String> vocabulary = random.nextBoolean() ? FRENCH : ENGLISH;
            Confidentiality reader = Confidentiality.values()[random.nextInt(5)];
            int shape = random.nextInt(20);
            String one = vocabulary.get(random.nextInt(vocabulary.size()));
            if (shape < 8) {
                String typed = random.nextInt(3) == 0 ? java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "") : one;
                asks.add(new Ask(typed, Optional.empty(), Optional.empty(), Optional.empty(), reader, false));
            } else if (shape < 13) {
                String two = vocabulary.get(random.nextInt(vocabulary.size()));
                asks.add(new Ask(one + " " + two, Optional.empty(), Optional.empty(), Optional.empty(), reader, false));
            } else if (shape < 15) {
                String[] words = docs.get(random.nextInt(docs.size())).text().split(" ");
                int at = random.nextInt(words.length - 1);
                String phrase = (words[at] + " " + words[at + 1]).replace(".", "").toLowerCase(Locale.ROOT);
                asks.add(new Ask(phrase, Optional.empty(), Optional.empty(), Optional.empty(), reader, true));
            } else if (shape < 18) {
                asks.add(new Ask(one, Optional.of(KINDS[random.nextInt(KINDS.length)]), Optional.empty(), Optional.empty(), reader, false));
            } else {
                LocalDate from = LocalDate.of(2016 + random.nextInt(10), 1, 1);
                asks.add(new Ask(one, Optional.empty(), Optional.of(from), Optional.of(from.plusYears(1).minusDays(1)), reader, false));
            }
        }
        return asks;
    }
}
