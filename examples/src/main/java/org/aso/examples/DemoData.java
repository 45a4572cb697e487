package org.aso.examples;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.Room;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Problems;
import org.aso.store.json.AsoJson;

/**
 * The demo's sample section, read from the files in {@code src/main/resources/org/aso/examples/demo/}
 * through the public API: the organisation chart, people, rooms, equipment and the service's
 * contact as JSON ({@link AsoJson}, one value per line for the lists), the business calendars per
 * unit as JSON, local closures as a holiday file, the incoming letters as {@code .eml} files and an
 * outside calendar as iCalendar text.
 */
final class DemoData {
    /** The folder of the sample files, next to this class. */
    static final String FOLDER = "demo/";

    final OrgChart orgChart;
    final Map<PersonId, Person> people;
    final List<Room> rooms;
    final List<Equipment> equipment;
    final Map<OrgUnitId, BusinessCalendar> calendars;
    final Contact service;
    final Map<String, PersonId> letters;
    final String outsideCalendar;

    private DemoData(OrgChart orgChart, Map<PersonId, Person> people, List<Room> rooms, List<Equipment> equipment,
                     Map<OrgUnitId, BusinessCalendar> calendars, Contact service, Map<String, PersonId> letters,
                     String outsideCalendar) {
        this.orgChart = orgChart;
        this.people = people;
        this.rooms = rooms;
        this.equipment = equipment;
        this.calendars = calendars;
        this.service = service;
        this.letters = letters;
        this.outsideCalendar = outsideCalendar;
    }

    /** Reads every sample file; a file that is missing or does not read is a {@link DemoFailure} naming it. */
    static DemoData load() throws DemoFailure {
        AsoJson json = AsoJson.create();
        OrgChart chart = value(json, "unites.json", OrgChart.class);
        Map<PersonId, Person> people = new LinkedHashMap<>();
        for (Person p : lines(json, "personnes.jsonl", Person.class)) {
            people.put(p.id(), p);
        }
        List<Room> rooms = lines(json, "salles.jsonl", Room.class);
        List<Equipment> equipment = lines(json, "equipements.jsonl", Equipment.class);
        Either<List<Problem>, HolidayCalendar> closures = HolidayCalendar.parse("Fermetures locales", text("fermetures.txt"));
        if (closures.isLeft()) {
            throw DemoFailure.of("fermetures.txt", Problems.combine(closures.getLeft()));
        }
        Map<OrgUnitId, BusinessCalendar> calendars = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (OrgUnit unit : chart.units()) {
            String name = "calendriers/" + unit.id().value() + ".json";
            if (DemoData.class.getResource(FOLDER + name) != null) {
                calendars.put(unit.id(), value(json, name, BusinessCalendar.class).plusHolidays(closures.get()));
            }
        }
        Contact service = value(json, "service.json", Contact.class);
        Properties assigned = new Properties();
        try {
            assigned.load(new StringReader(text("affectations.properties")));
        } catch (IOException e) {
            throw new DemoFailure("affectations.properties: " + e.getMessage(), e);
        }
        Map<String, PersonId> letters = new TreeMap<>();
        for (String file : assigned.stringPropertyNames()) {
            PersonId who = PersonId.of(assigned.getProperty(file).trim());
            if (!people.containsKey(who)) {
                throw new DemoFailure("affectations.properties: " + file + " is assigned to an unknown person " + who);
            }
            letters.put(file, who);
        }
        return new DemoData(chart, people, rooms, equipment, calendars, service, letters, text("agenda-paul.ics"));
    }

    /** The person with this id, who must be in {@code personnes.jsonl}. */
    Person person(String id) {
        Person p = people.get(PersonId.of(id));
        if (p == null) {
            throw new IllegalStateException("personnes.jsonl has no " + id);
        }
        return p;
    }

    /** The working hours and holidays of a person: those of their unit, or of the nearest unit above with a calendar. */
    BusinessCalendar calendarOf(PersonId id) {
        Optional<OrgUnitId> unit = Optional.ofNullable(people.get(id)).flatMap(Person::unit);
        while (unit.isPresent()) {
            BusinessCalendar c = calendars.get(unit.get());
            if (c != null) {
                return c;
            }
            unit = orgChart.unit(unit.get()).flatMap(OrgUnit::parent);
        }
        throw new IllegalStateException("no calendar for " + id.value() + " in calendriers/");
    }

    /** The bytes of an incoming letter. */
    static byte[] letter(String file) throws DemoFailure {
        return bytes("courrier/" + file);
    }

    private static <T> T value(AsoJson json, String name, Class<T> type) throws DemoFailure {
        Either<Problem, T> read = json.read(text(name), type);
        if (read.isLeft()) {
            throw DemoFailure.of(name, read.getLeft());
        }
        return read.get();
    }

    private static <T> List<T> lines(AsoJson json, String name, Class<T> type) throws DemoFailure {
        List<T> values = new ArrayList<>();
        String[] lines = text(name).split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Either<Problem, T> read = json.read(line, type);
            if (read.isLeft()) {
                throw DemoFailure.of(name + ", line " + (i + 1), read.getLeft());
            }
            values.add(read.get());
        }
        return values;
    }

    static String text(String name) throws DemoFailure {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String name) throws DemoFailure {
        try (InputStream in = DemoData.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new DemoFailure("sample file missing: " + FOLDER + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DemoFailure("sample file unreadable: " + FOLDER + name, e);
        }
    }
}
