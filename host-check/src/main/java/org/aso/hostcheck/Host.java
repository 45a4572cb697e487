package org.aso.hostcheck;

import io.vavr.control.Either;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.aso.calendar.Ics;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.docs.Html;
import org.aso.store.json.AsoJson;
import org.aso.mail.MailAddresses;

/**
 * What an integrator's first class looks like: builders, typed ids, a validation result, and one
 * call into each adapter. It is compiled with {@code -Xlint:all -Werror} on both paths, so it
 * touches the generated builders and ids, where Immutables used to leave its annotations.
 */
public final class Host {
    private Host() {}

    /**
     * Prints what {@link #run()} returns.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run().forEach(System.out::println);
    }

    /**
     * Uses each published module once.
     *
     * @return one line per step
     */
    public static List<String> run() {
        List<String> lines = new ArrayList<>();

        OrgUnit section = OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2 - Budget").build();
        Person officer = Person.builder()
                .id(PersonId.of("p-17"))
                .name("Claire Martin")
                .unit(section.id())
                .email(EmailAddress.of("claire.martin@example.org"))
                .clearance(Clearance.of(Confidentiality.CONFIDENTIAL))
                .build();
        lines.add("officer " + officer.id().value() + " in " + officer.unit().map(OrgUnitId::value).orElse("-"));

        Either<List<Problem>, Person> nameless = Person.builder().id(PersonId.of("p-18")).name(" ").validate();
        lines.add("refused " + nameless.fold(ps -> ps.get(0).code(), p -> "nothing"));

        Task reply = Task.builder()
                .id(TaskId.of("t-1"))
                .title("Reply to the deputy's letter")
                .assignee(officer.id())
                .unit(section.id())
                .grade(PriorityGrade.frenchMailRoom().get(1))
                .dueDate(LocalDate.of(2024, 5, 10))
                .effort(Duration.ofHours(3))
                .createdAt(Instant.parse("2024-05-02T08:00:00Z"))
                .build();
        lines.add("task " + reply.id().value() + " due " + reply.dueDate().orElseThrow());

        Interval morning = Interval.of(Instant.parse("2024-05-06T07:00:00Z"), Duration.ofHours(3));
        lines.add("morning " + morning.duration().toHours() + " h");

        String ics = Ics.holidays(FrenchHolidays.metropolitan(), 2024, 2024, Instant.parse("2024-01-01T00:00:00Z"));
        lines.add("holidays " + ics.lines().filter("BEGIN:VEVENT"::equals).count());

        InternetAddress to = MailAddresses.toInternetAddress(officer).orElseThrow();
        lines.add("mail to " + to.getAddress());

        lines.add("html " + Html.escape("<Budget & staff>"));

        String json = AsoJson.create().write(reply.id());
        lines.add("json " + json);
        return lines;
    }
}
