/**
 * iCalendar (RFC 5545) and scheduling messages (iTIP, RFC 5546) for the ASO toolkit, on ical4j.
 * ical4j objects never leave this module: the API speaks in aso values and text.
 */
module org.aso.calendar {
    requires transitive org.aso.core;
    requires ical4j.core;

    exports org.aso.calendar;
}
