package org.aso.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.aso.core.kernel.Holiday;
import org.aso.core.kernel.HolidayCalendar;

/** Writes a holiday calendar as all-day VEVENTs. */
final class HolidayWriter {
    static final String PRODID = "-//ASO toolkit//aso-calendar//EN";

    private HolidayWriter() {}

    static String write(HolidayCalendar holidays, int fromYear, int toYear, Instant stamp) {
        Calendar ics = new Calendar();
        ics.add(new ProdId(PRODID));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        ics.add(new XProperty("X-WR-CALNAME", holidays.name()));
        for (int year = fromYear; year <= toYear; year++) {
            for (Holiday h : holidays.holidaysIn(year)) {
                VEvent event = new VEvent(h.date(), h.name());
                event.replace(new DtStamp(stamp));
                event.add(new Uid(h.date() + "-" + slug(h.name()) + "@holidays.aso"));
                event.add(new Categories("Holiday"));
                event.add(new Transp(Transp.VALUE_TRANSPARENT));
                ics.add(event);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(ics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Generated an invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** ASCII letters and digits of a name, for stable UIDs. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "holiday" : slug;
    }
}
