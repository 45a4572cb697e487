"""Parses one iCalendar file with python-icalendar and prints its events as JSON.

Usage: /usr/bin/python3 parse.py FILE
Prints {"method": ..., "timezones": [TZID...], "events": [{"uid", "summary", "dtstart", "dtend",
"recurrence_id", "status", "attendees", "texts"}...]}; times as UTC instants (2026-03-16T09:00:00Z) or dates (2026-03-16).
"""
import datetime
import json
import sys

import icalendar


def moment(prop):
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.isoformat()  # floating time: left as written
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def texts(event, attendees):
    """The event's texts for people, decoded: summary, description, location, the CNs."""
    out = [str(event.get(name, "")) for name in ("SUMMARY", "DESCRIPTION", "LOCATION")]
    for person in attendees + [event.get("ORGANIZER")]:
        if person is not None and "CN" in person.params:
            out.append(str(person.params["CN"]))
    return out


def main(path):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    events = []
    for event in cal.walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        if not isinstance(attendees, list):
            attendees = [attendees]
        events.append({
            "uid": str(event.get("UID")),
            "summary": str(event.get("SUMMARY", "")),
            "dtstart": moment(event.get("DTSTART")),
            "dtend": moment(event.get("DTEND")),
            "recurrence_id": moment(event.get("RECURRENCE-ID")),
            "status": str(event.get("STATUS", "")),
            "attendees": len(attendees),
            "texts": texts(event, attendees),
        })
    print(json.dumps({
        "method": str(cal.get("METHOD", "")),
        "timezones": [str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")],
        "events": events,
    }, ensure_ascii=True))


if __name__ == "__main__":
    main(sys.argv[1])
