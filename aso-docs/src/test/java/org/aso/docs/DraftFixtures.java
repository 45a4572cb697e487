package org.aso.docs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.AgendaItem;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.PersonId;

/** Drafts of every kind used by the tests. */
final class DraftFixtures {
    private DraftFixtures() {}

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final PersonId CHAIR = PersonId.of("p-chair");
    static final PersonId CLERK = PersonId.of("p-clerk");
    static final PersonId ENGINEER = PersonId.of("p-eng");
    static final PersonId DRIVER = PersonId.of("p-driver");
    static final Map<PersonId, String> NAMES = Map.of(CHAIR, "Hélène Lefèvre", CLERK, "Zoë Çelik",
            ENGINEER, "Jérôme Dupré", DRIVER, "Ναταλία Παππά");

    static Memo memo() {
        return new Memo("Cheffe de section", List.of("Tout le personnel", "Accueil"), "Fermeture du bâtiment à Noël",
                LocalDate.of(2026, 12, 1), List.of("Le bâtiment fermera à midi le 24 décembre.",
                        "Les clés sont à déposer à l’accueil <avant> 11 h & pas après."));
    }

    static Letter letter() {
        return new Letter("Paris", LocalDate.of(2026, 12, 2), List.of("Madame Élodie Noël", "12 rue de l’Église",
                "01000 Bourg-en-Bresse"), "EN/2026/11", "A-2026-000042", "Votre demande de copie du dossier",
                "Madame,", List.of("J’ai l’honneur de vous faire savoir que votre demande a été reçue."),
                "Veuillez agréer, Madame, l’expression de mes salutations distinguées.", "Hélène Lefèvre",
                "Cheffe de section");
    }

    static Meeting meeting(String id, ZonedDateTime start) {
        Meeting.Builder b = Meeting.builder();
        b.id(MeetingId.of(id)).title("Comité de suivi des archives").organizer(CHAIR)
                .addAttendees(Attendee.of(CLERK, Attendee.Role.REQUIRED), Attendee.of(ENGINEER, Attendee.Role.REQUIRED),
                        Attendee.of(DRIVER, Attendee.Role.OPTIONAL))
                .addAgenda(AgendaItem.of("Déménagement des archives", 30), AgendaItem.of("Questions diverses", 10))
                .start(start).end(start.plusHours(1)).status(Meeting.Status.CONFIRMED).sequence(0);
        return b.build();
    }

    static Minutes firstMinutes() {
        return Minutes.of(meeting("m-1", ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, PARIS)),
                Set.of(CHAIR, CLERK, ENGINEER), Set.of(DRIVER), NAMES,
                List.of(new Minutes.Decision("D1", "Les archives déménagent au bâtiment B", Optional.of(DossierId.of("2026-ARCH-7")))),
                List.of(new Minutes.ActionItem("2026-11-A1", "Réserver le camion", CLERK, LocalDate.of(2026, 11, 20), false),
                        new Minutes.ActionItem("2026-11-A2", "Étiqueter les cartons", ENGINEER, LocalDate.of(2026, 11, 25), false)),
                Optional.empty());
    }

    static Minutes secondMinutes() {
        return Minutes.of(meeting("m-2", ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, PARIS)),
                Set.of(CHAIR, ENGINEER), Set.of(), NAMES, List.of(),
                List.of(new Minutes.ActionItem("2026-12-A1", "Vérifier l’inventaire", DRIVER, LocalDate.of(2026, 12, 18), false)),
                Optional.of(firstMinutes().withDone("2026-11-A1")));
    }
}
