package org.aso.calendar;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import org.aso.core.kernel.Holiday;
import org.aso.core.kernel.HolidayCalendar;

/**
 * Writes a holiday calendar as an iCalendar object (without METHOD) of all-day VEVENTs, through the same
 * {@link ContentLines} as every message: transparent (free time), {@code X-MICROSOFT-CDO-*}
 * FREE and all-day, UIDs from the date and the name so that re-importing updates.
 */
final class HolidayWriter {
    private HolidayWriter() {}

    static String write(HolidayCalendar holidays, int fromYear, int toYear, Instant stamp) {
        ContentLines body = new ContentLines(4096);
        for (int year = fromYear; year <= toYear; year++) {
            for (Holiday h : holidays.holidaysIn(year)) {
                body.begin("VEVENT");
                body.textLine("UID", h.date() + "-" + slug(h.name()) + "@holidays.aso");
                body.name("DTSTAMP").utc(stamp);
                body.name("DTSTART").paramRaw("VALUE", "DATE").date(h.date());
                body.name("DTEND").paramRaw("VALUE", "DATE").date(h.date().plusDays(1));
                body.textLine("SUMMARY", h.name());
                body.textLine("CATEGORIES", "Holiday");
                body.name("TRANSP").value("TRANSPARENT");
                body.name("X-MICROSOFT-CDO-BUSYSTATUS").value("FREE");
                body.name("X-MICROSOFT-CDO-INTENDEDSTATUS").value("FREE");
                body.name("X-MICROSOFT-CDO-ALLDAYEVENT").value("TRUE");
                body.end("VEVENT");
            }
        }
        // a file to import, not an iTIP message: no METHOD (a PUBLISH would need an ORGANIZER)
        return Messages.calendar(null, Messages.zones(), body, holidays.name());
    }

    /** ASCII letters and digits of a name, for stable UIDs. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "holiday" : slug;
    }
}
