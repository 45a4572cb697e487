package org.aso.core.kernel;

import java.time.ZoneId;

/** Ready-made kernel values for tests, shared with the adapters through the test-jar. */
public final class KernelFixtures {
    private KernelFixtures() {}

    /** Europe/Paris. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A French ministry's week: Monday to Friday, 09:00-12:30 and 13:30-17:30. */
    public static WorkingWeek frenchOfficeWeek() {
        return WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30"));
    }

    /** Paris, French office week, French national holidays. */
    public static BusinessCalendar paris() {
        return BusinessCalendar.of(PARIS, frenchOfficeWeek(), FrenchHolidays.metropolitan());
    }

    /** A section officer with confidential clearance. */
    public static Person officer() {
        return Person.builder()
                .id(PersonId.of("p-17"))
                .name("Claire Martin")
                .title("Section officer")
                .unit(OrgUnitId.of("S2"))
                .email(EmailAddress.of("claire.martin@example.gouv.fr"))
                .phone(PhoneNumber.of("+33 1 42 75 80 00"))
                .clearance(Clearance.of(Confidentiality.CONFIDENTIAL))
                .build();
    }
}
