"""Expands the occurrences of one iCalendar file in a window with recurring-ical-events.

Usage: /usr/bin/python3 expand.py FILE FROM TO   (FROM and TO as UTC instants, 2026-03-01T00:00:00Z)
Prints a JSON list of {"uid", "start", "end"}: UTC instants for timed events, dates for all-day ones
(the end exclusive, as DTEND).
"""
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def instant(text):
    return datetime.datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)


def moment(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return value.isoformat()
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def main(path, start, end):
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    occurrences = []
    for event in recurring_ical_events.of(cal).between(instant(start), instant(end)):
        first = event["DTSTART"].dt
        last = event["DTEND"].dt if "DTEND" in event else first + event["DURATION"].dt
        occurrences.append({"uid": str(event.get("UID")), "start": moment(first), "end": moment(last)})
    occurrences.sort(key=lambda o: (o["start"], o["end"], o["uid"]))
    print(json.dumps(occurrences))


if __name__ == "__main__":
    main(*sys.argv[1:4])
