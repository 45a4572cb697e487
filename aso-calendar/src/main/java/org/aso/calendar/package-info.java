/**
 * The iCalendar adapter: the agenda's meetings, tasks and free time as iCalendar (RFC 5545) and
 * scheduling messages (iTIP, RFC 5546), and what comes back read into aso values.
 * {@link org.aso.calendar.Ics} is its facade; everything else is package-private.
 *
 * <h2>How text is written</h2>
 * Everything written goes through one hand-written content-line writer, without ical4j: no
 * ical4j class is loaded to write a message (ical4j reads text, and checks the output in the
 * tests). Text is UTF-8 with CRLF line ends; a line longer than 75 octets of UTF-8 is folded (the
 * continuation starts with one space, which counts), never inside a character nor between the two
 * halves of a surrogate pair. TEXT values are escaped ({@code \\ \; \, \n}, RFC 5545 3.3.11);
 * parameter values holding {@code : ; , =} are quoted, and a double quote, which no parameter value
 * may hold, becomes an apostrophe. Control characters other than tab are dropped and an unpaired
 * surrogate becomes U+FFFD, so the output is always valid UTF-8. The same input and stamp give the
 * same bytes: components, attendees and zones come in a fixed order.
 *
 * <p>A calendar starts with {@code PRODID:-//ASO toolkit//aso-calendar//EN}, {@code VERSION:2.0},
 * {@code CALSCALE:GREGORIAN} and {@code METHOD} (on the calendar only, never on a component), then
 * one VTIMEZONE per zone used, sorted by TZID, then the components. The holidays file and a
 * room's free/busy have no METHOD: they are objects to import, not iTIP messages (a PUBLISH needs
 * an ORGANIZER, which neither has).
 *
 * <h2>A meeting as VEVENT</h2>
 * <table class="striped">
 *   <caption>What a meeting's master VEVENT holds</caption>
 *   <thead><tr><th scope="col">property</th><th scope="col">from</th></tr></thead>
 *   <tbody>
 *   <tr><td>{@code UID}</td><td>the meeting's id, {@code @}, the UID domain ({@code Ics.Builder.uidDomain})</td></tr>
 *   <tr><td>{@code DTSTAMP}</td><td>the stamp the host gives, in UTC</td></tr>
 *   <tr><td>{@code SEQUENCE}</td><td>{@code Meeting.sequence()}</td></tr>
 *   <tr><td>{@code DTSTART}, {@code DTEND}</td><td>with {@code TZID} and local time; a DATE for an
 *       all-day meeting ({@code DTEND} the day after the last, and the zone in {@code X-ASO-ZONE}, since
 *       dates carry none); UTC ({@code ...Z}) for {@code ZoneOffset.UTC}</td></tr>
 *   <tr><td>{@code SUMMARY}</td><td>the title</td></tr>
 *   <tr><td>{@code STATUS}</td><td>TENTATIVE, CONFIRMED or CANCELLED (always CANCELLED in a CANCEL)</td></tr>
 *   <tr><td>{@code ORGANIZER}</td><td>{@code CN} and {@code mailto:} of the organizer, from the directory</td></tr>
 *   <tr><td>{@code ATTENDEE}</td><td>one per attendee: {@code CUTYPE=INDIVIDUAL}; {@code ROLE} CHAIR,
 *       REQ-PARTICIPANT (required, and the minute-taker with {@code X-ASO-ROLE=MINUTE-TAKER}),
 *       OPT-PARTICIPANT or NON-PARTICIPANT (for information); {@code PARTSTAT} from the answer;
 *       {@code RSVP=TRUE} ({@code FALSE} for information); {@code DELEGATED-TO} on a delegation,
 *       {@code DELEGATED-FROM} on the delegate; {@code CN}; the address as {@code mailto:} (domain in ASCII)</td></tr>
 *   <tr><td>{@code LOCATION}, {@code X-ASO-ROOM}</td><td>the room: name, building and floor; its id</td></tr>
 *   <tr><td>{@code URL}</td><td>the online link</td></tr>
 *   <tr><td>{@code DESCRIPTION}</td><td>for people, in French or English: the agenda items numbered
 *       with presenter and minutes, the documents, the room, the link</td></tr>
 *   <tr><td>{@code CATEGORIES}</td><td>"Meeting" or "Réunion"</td></tr>
 *   <tr><td>{@code RRULE}</td><td>the rule, its UNTIL in UTC for a timed meeting and a DATE for an
 *       all-day one (the same last occurrence)</td></tr>
 *   <tr><td>{@code RDATE}, {@code EXDATE}</td><td>extra and removed starts, in the meeting's zone; a
 *       cancelled occurrence as {@code EXDATE;X-ASO-CANCELLED=TRUE}</td></tr>
 *   <tr><td>{@code X-ASO-AGENDA-ITEM}</td><td>one per item: the title, {@code X-ASO-MINUTES} and
 *       {@code X-ASO-PRESENTER} (a {@code mailto:})</td></tr>
 *   <tr><td>{@code X-ASO-DOCUMENT}, {@code X-ASO-ABOUT}, {@code X-ASO-EQUIPMENT}</td><td>the documents;
 *       each {@code Ref} as {@code KIND:id}; the equipment ids, sorted</td></tr>
 *   <tr><td>{@code TRANSP}, {@code X-MICROSOFT-CDO-BUSYSTATUS}, {@code -INTENDEDSTATUS},
 *       {@code -ALLDAYEVENT}</td><td>OPAQUE; BUSY, TENTATIVE or FREE (cancelled); TRUE for all-day</td></tr>
 *   </tbody>
 * </table>
 * An occurrence changed in another way than cancelled (moved, another room or title) is an
 * override VEVENT with the same UID, its {@code RECURRENCE-ID} (the original start, in the
 * meeting's zone), its own DTSTART and DTEND, SUMMARY and LOCATION, and the same organizer and
 * attendees, with the answers given for that occurrence ({@code OccurrenceChange.responses()})
 * where there are some, the series' answers otherwise.
 *
 * <h2>Messages</h2>
 * <ul>
 *   <li>REQUEST: the master and its overrides, to every attendee but the organizer; for one
 *       occurrence, its override alone.
 *   <li>CANCEL: the master with STATUS:CANCELLED; for one occurrence, a VEVENT with its
 *       RECURRENCE-ID and STATUS:CANCELLED; for one person taken off, the master with her
 *       ATTENDEE alone, to her alone.
 *   <li>REPLY: UID, DTSTAMP, SEQUENCE, DTSTART, DTEND, SUMMARY, ORGANIZER and the one ATTENDEE with
 *       her PARTSTAT (and DELEGATED-TO), from her to the organizer.
 *   <li>COUNTER: the proposed DTSTART and DTEND with the attendee and her COMMENT; DECLINECOUNTER:
 *       UID, SEQUENCE, ORGANIZER, the ATTENDEE and a COMMENT.
 *   <li>PUBLISH: the meetings by start then id, with ORGANIZER and no ATTENDEE.
 *   <li>Tasks: a PUBLISH of VTODOs published by their assignee as ORGANIZER, with DUE (a DATE, or a
 *       UTC date-time), PRIORITY 1 to 9 from importance and grade (HIGH: 3, 2, 1; NORMAL: 5, 4, 3;
 *       LOW: 9, 7, 5 for a grade of rank 1 or less, 2, 3 or more), STATUS (to do and blocked:
 *       NEEDS-ACTION; in progress and waiting: IN-PROCESS; done: COMPLETED; cancelled: CANCELLED),
 *       PERCENT-COMPLETE (0 not started, 100 done), tags as CATEGORIES, dependencies as
 *       {@code RELATED-TO;RELTYPE=DEPENDS-ON}.
 *   <li>Free/busy: one VFREEBUSY over a window of at most a year, periods in UTC, merged and in
 *       order, {@code FBTYPE=BUSY} or {@code BUSY-TENTATIVE} (a pencilled-in meeting, or one the
 *       person answered "maybe" or not yet); declined, delegated and cancelled time is free.
 * </ul>
 * A person named in a message must be in the directory ({@code calendar.person.unknown}) with an
 * address ({@code calendar.person.no-email}), presenters of agenda items included.
 *
 * <h2>Time zones</h2>
 * A VTIMEZONE is made from {@code java.time}'s rules, not from ical4j's registry, whose full
 * history Outlook misreads: a zone that changes its clocks by yearly rules gets one STANDARD and
 * one DAYLIGHT observance, each starting with its change of 1970 and repeating by a yearly RRULE
 * ({@code BYMONTH=3;BYDAY=-1SU}; "the Friday on or after the 23rd" as
 * {@code BYMONTHDAY=23,...,29;BYDAY=FR}); a zone without clock changes now (Asia/Tokyo,
 * America/Sao_Paulo, Asia/Tehran) and a fixed offset get one STANDARD observance with the current
 * offset, so times before its last change are read with today's offset; a zone whose future
 * changes are listed one by one rather than by a rule (Africa/Casablanca and Africa/El_Aaiun,
 * which follow Ramadan) gets one observance per change from 1970 to 2100. ical4j reads the
 * offsets of every zone tested back as {@code java.time} gives them, every hour of 2025-2030.
 * {@code ZoneOffset.UTC} is written as UTC times, without TZID or VTIMEZONE.
 *
 * <h2>Outlook</h2>
 * Outlook shows a series by one pattern of a fixed shape; a meeting whose recurrence it cannot
 * show is sent with a warning in {@link org.aso.calendar.Ics.Message#warnings()}, or refused with
 * {@code Ics.Builder.refuseOutlookIncompatible(true)}. The codes: {@code calendar.outlook.several-monthdays}
 * (several BYMONTHDAY values), {@code several-nth-weekdays} (BYDAY with an ordinal next to other
 * days), {@code several-setpos}, {@code byyearday}, {@code byweekno}, {@code time-of-day}
 * (BYHOUR, BYMINUTE or BYSECOND), {@code several-months} (several BYMONTH values),
 * {@code rdate-without-rule} (a list of dates: Outlook shows the first) and {@code rdate} (extra
 * dates next to a rule, which Outlook ignores). Each names the meeting and the rule.
 *
 * <h2>Reading</h2>
 * Everything read is untrusted. ical4j's tokenizer ({@code CalendarParserImpl}, a new one per
 * text) feeds the package's own handler, which builds a small tree: no ical4j model is built,
 * none of ical4j's time-zone registries or zone ids is touched, and nothing of the text is kept
 * after the call. Lines are unfolded here (CRLF, a bare LF or CR, a byte-order mark are accepted);
 * a NUL or an unpaired surrogate is refused, other control characters read as U+FFFD. Bounds:
 * {@link org.aso.calendar.Ics.Limits} (characters, components, time: a deadline checked while
 * reading and while expanding) and fixed ones (a line of 256 Ki characters once unfolded,
 * components nested 4 deep, 5,000 properties per component and 250,000 in all, 100 parameters per
 * property, 10,000 dates in one RDATE or EXDATE); each refusal is a {@code calendar.limit.*}
 * problem, a malformed text a {@code calendar.parse.*} one. Values (TEXT escapes, DATE,
 * DATE-TIME, DURATION, PERIOD, UTC offsets) are parsed here, and a recurrence rule by core's
 * {@code RecurrenceRule}.
 *
 * <p>A TZID is, in this order: a zone id {@code java.time} knows; a Windows zone name as Outlook
 * sends it ("Romance Standard Time"), or the city list of an Outlook display name ("(UTC+01:00)
 * Brussels, Copenhagen, Madrid, Paris"), mapped by a table built from CLDR's windowsZones; a path
 * ending in a zone id ({@code /mozilla.org/20050126_1/Europe/Paris}); else the text's own
 * VTIMEZONE, matched to the zone whose clock changes agree that year (Apple's rules that give only
 * a month land on the zone with the same offsets changing in the same months), or a fixed offset
 * when it has no changes. Anything else is {@code calendar.zone.unknown}, naming the TZID.
 *
 * <p>{@code Ics.meeting} reads our REQUEST, PUBLISH or CANCEL back into the meeting (the fields
 * are listed on the method); {@code Ics.applyReply} records an answer only from the attendee it
 * belongs to (RFC 6047, section 3: the mail's sender is compared with the ATTENDEE's address),
 * refuses an answer to an older SEQUENCE, and records one with a RECURRENCE-ID on that occurrence
 * ({@code Agenda.respondToOccurrence}); {@code Ics.busy} expands each event of an outside calendar
 * with core's recurrence engine and applies the overrides itself: a moved occurrence counts where
 * it was moved to, into or out of the window (ical4j's {@code ComponentGroup} drops such
 * overrides), cancelled and transparent events do not count, tentative ones are kept apart.
 * Floating times and dates there are read in the calendar's {@code X-WR-TIMEZONE}, else in UTC.
 *
 * <h2>In the host's JVM</h2>
 * This module's code uses no ical4j class to write (a test checks it in a fresh JVM), and only
 * ical4j's tokenizer to read; it never sets ical4j's configuration or any system property. What
 * remains comes from ical4j's jar itself: it declares a {@code java.time.zone.ZoneRulesProvider}
 * in {@code META-INF/services} (and in its module descriptor), which {@code java.time} loads
 * through the system class loader the first time the JVM uses any region zone, whoever asks. From
 * then on {@code ZoneId.getAvailableZoneIds()} also lists 339 {@code ical4j~...} ids (603 become
 * 942 on JDK 17), that first {@code ZoneId.of} loads about fifty ical4j classes, and a host without
 * an SLF4J provider sees SLF4J's notice that it has none. A host that wants its zones as they were
 * can repackage ical4j without that service entry, or load it in a class loader of its own;
 * aso-calendar writes and reads the same either way ({@code benchmarks/README.md} has the
 * measurements). ical4j's own {@code CalendarBuilder}, which this module does not use, adds 1,500
 * more ids the first time it reads a VTIMEZONE. This module's reading never looks such ids up
 * and works whatever other zone providers the host has.
 *
 * <h2>Texts</h2>
 * The words people read (the description's headings, the category) are in
 * {@code org/aso/calendar/texts.properties} (English) and {@code texts_fr.properties} (French),
 * chosen by the facade's locale, never by the JVM's default.
 */
package org.aso.calendar;
