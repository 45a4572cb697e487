package org.aso.examples;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Pendency;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterId;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.SharedState;
import org.aso.core.numbering.NumberingScheme;

/** aso-core's correspondence register: letters in, numbers, deadlines, distribution, pendency. */
public final class CorrespondenceExample {
    private CorrespondenceExample() {}

    /** The mail-room clerk. */
    public static final PersonId CLERK = PersonId.of("clerk");
    /** An officer of section S2. */
    public static final PersonId ALICE = PersonId.of("alice");

    /** What the example did: the register, and one line per letter. */
    public record Outcome(Register register, List<String> lines) {}

    /** The general register of a Paris office, French mail-room numbers (DGA/2024E00001). */
    public static RegisterSettings general(BusinessCalendar calendar) {
        return RegisterSettings.builder()
                .id(RegisterId.of("GEN")).code("DGA").name("Courrier général")
                .numbering(NumberingScheme.frenchMailRoom())
                .calendar(calendar)
                .acknowledgeWithinWorkingDays(5)
                .putReplyWithinByDocumentType("parliamentary-question", 10)
                .build();
    }

    static Context at(BusinessCalendar cal, PersonId who, LocalDate day, int hour) {
        Instant at = day.atTime(LocalTime.of(hour, 0)).atZone(cal.zone()).toInstant();
        return Context.of(at, who, Clearance.of(Confidentiality.RESTRICTED));
    }

    /** Registers four letters received in May 2024, assigns three of them, and explains their deadlines. */
    public static Outcome registerAndAssign(BusinessCalendar calendar) {
        SharedState<Register> register = SharedState.of(Register.of(general(calendar)));
        LocalDate thu2May = LocalDate.of(2024, 5, 2);
        Context clerk = at(calendar, CLERK, thu2May, 10);
        List<Registration> letters = List.of(
                letter(thu2May, "Mairie de Lyon", "Demande de subvention pour la médiathèque", "normal", null),
                letter(thu2May, "Mme Claire Petit", "Réclamation sur un remboursement", "urgent", null),
                letter(thu2May, "Assemblée nationale", "Question écrite n° 15321", "normal", "parliamentary-question"),
                letter(thu2May, "Préfecture du Rhône", "Convocation à la réunion de crise", "very-urgent", null));
        // the last one stays unassigned
        List<Optional<Identifier>> handlers = List.of(Optional.of(OrgUnitId.of("S2")), Optional.of(ALICE),
                Optional.of(OrgUnitId.of("S3")), Optional.empty());
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < letters.size(); i++) {
            Registration letter = letters.get(i);
            Register.Registered r = register.update(reg -> reg.register(letter, clerk))
                    .getOrElseThrow(p -> new IllegalStateException(p.toString()));
            lines.add(r.entry().number() + "  " + r.entry().subject().orElse("") + "\n      "
                    + r.replyDeadline().get().explanation("received"));
            handlers.get(i).ifPresent(h -> register.update(reg -> reg.assign(r.entry().id(), h,
                    Assignment.Purpose.ACTION, "Please prepare a reply", clerk)).get());
        }
        return new Outcome(register.get(), lines);
    }

    /** The pendency report on a given day; alice works in S2. */
    public static Pendency pendency(Register register, LocalDate day) {
        Instant at = day.atTime(LocalTime.of(18, 0)).atZone(register.settings().calendar().zone()).toInstant();
        return Pendency.of(register, at, p -> p.equals(ALICE) ? Optional.of(OrgUnitId.of("S2")) : Optional.empty());
    }

    private static Registration letter(LocalDate day, String sender, String subject, String grade, String type) {
        Registration.Builder b = Registration.builder();
        b.direction(Direction.INCOMING).channel(Channel.POST).receivedOn(day)
                .sender(Contact.named(sender)).subject(subject).grade(grade);
        if (type != null) {
            b.documentType(type);
        }
        return b.build();
    }
}
