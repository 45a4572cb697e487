package org.aso.calendar;

import java.time.Duration;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;

/** People with addresses, the rooms of core's fixtures, and calendar texts written line by line. */
final class ReadingFixtures {
    private ReadingFixtures() {}

    static final String DOMAIN = "agenda.example.org";

    static Person person(String id, String name, String email) {
        return Person.builder().id(PersonId.of(id)).name(name).email(EmailAddress.of(email)).build();
    }

    /** The organizer, a, b, p0..p7 and two people with names in other scripts. */
    static List<Person> people() {
        List<Person> out = new java.util.ArrayList<>(List.of(
                person("organizer", "Claire Dupont", "claire.dupont@example.org"),
                person("a", "Amélie Léger", "amelie@example.org"),
                person("b", "Bruno Ngata", "bruno@example.org"),
                person("ivan", "Иван Петров", "ivan@example.ru"),
                person("zoe", "Zoë Ødegård", "zoe@example.no")));
        for (int i = 0; i < 8; i++) {
            out.add(person("p" + i, "Person " + i, "p" + i + "@example.org"));
        }
        return out;
    }

    static Ics.Directory directory() {
        return Ics.Directory.of(people(), AgendaFixtures.rooms());
    }

    static Ics ics() {
        return Ics.builder(directory()).uidDomain(DOMAIN).build();
    }

    static Ics ics(Ics.Limits limits) {
        return Ics.builder(directory()).uidDomain(DOMAIN).limits(limits).build();
    }

    static Agenda agenda() {
        return AgendaFixtures.agenda();
    }

    /** Lines joined with CRLF, ending with one. */
    static String ics(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    /** A short time limit for the hostile cases: what they must finish within, plus a margin. */
    static final Ics.Limits LIMITS = new Ics.Limits(4 * 1024 * 1024, 20_000, Duration.ofSeconds(2));
}
