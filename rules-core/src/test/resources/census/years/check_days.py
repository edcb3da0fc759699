#!/usr/bin/env python3
"""An independent check of expected.tsv's working days, apart from the Java calendar.

The DfE's definition (CIN census guidance; table C4 of "Characteristics of children in need"):
the start day is day 0, and each later day that is not a Saturday, a Sunday or a bank holiday
of England and Wales counts one. InitialCPCtarget is the 15th such day after
S47ActualStartDate. This walks the calendar a day at a time over the bank holidays as gov.uk
publishes them (the feed's own format, kept in ../../calendar/), and checks each year's target
and working days to the conference. Run: python3 check_days.py  (exit 0 when all agree)
"""
import csv, datetime as dt, json, pathlib, sys

here = pathlib.Path(__file__).resolve().parent
feed = json.loads((here / '../../calendar/published-england-and-wales-2010-2030.json').read_text(encoding='utf-8'))
holidays = {dt.date.fromisoformat(e['date']) for e in feed['england-and-wales']['events']}


def working(day):
    return day.weekday() < 5 and day not in holidays


def nth_working_day_after(start, n):
    day = start
    while n:
        day += dt.timedelta(days=1)
        n -= working(day)
    return day


def working_days_between(start, end):
    return sum(working(start + dt.timedelta(days=k)) for k in range(1, (end - start).days + 1))


wrong = 0
rows = [r for r in csv.reader((here / 'expected.tsv').open(encoding='utf-8'), delimiter='\t') if r and not r[0].startswith('#')]
for name, year, _reference, start, target, conference, days in rows:
    start, target, conference = (dt.date.fromisoformat(d) for d in (start, target, conference))
    want_target = nth_working_day_after(start, 15)
    got_days = working_days_between(start, conference)
    ok = want_target == target and got_days == int(days)
    wrong += not ok
    print(f"{name}: start {start}, 15th working day {want_target} (file {target}), "
          f"conference after {got_days} working days (file {days}) {'ok' if ok else 'DIFFERS'}")
# The Jubilee case: 2 and 3 June 2022 were bank holidays.
jubilee = nth_working_day_after(dt.date(2022, 6, 2), 15)
print(f"Jubilee: 2022-06-02 + 15 working days = {jubilee}")
wrong += jubilee != dt.date(2022, 6, 24)
sys.exit(1 if wrong else 0)
