#!/usr/bin/env python3
"""Writes board.jsonl, the fixture of AuditBoardReportTest, from SD-FIX-1 of hand-counted.jsonl.

Every record is that complete school-age record (every rule that applies is met), with its GP
recorded as attending, moved by whole weeks (dates of the discussion, the concern, the actions and
the minutes), with the changes listed in AuditBoardReportTest. Run from this folder:
python3 board.py > board.jsonl
"""
import copy
import datetime
import json

with open("hand-counted.jsonl", encoding="utf-8") as f:
    TEMPLATE = json.loads(f.readline())
TEMPLATE["participants"][4]["attended"] = True
BASE = datetime.date(2024, 5, 14)


def shift(date_text, days):
    if "T" in date_text:
        day, time = date_text.split("T")
        return (datetime.date.fromisoformat(day) + datetime.timedelta(days=days)).isoformat() + "T" + time
    return (datetime.date.fromisoformat(date_text) + datetime.timedelta(days=days)).isoformat()


def record(record_id, held, team):
    r = copy.deepcopy(TEMPLATE)
    days = (datetime.date.fromisoformat(held) - BASE).days
    r["recordId"] = record_id
    r["partnership"], r["team"] = team.split("/")
    r["heldAt"] = shift(r["heldAt"], days)
    r["concern"]["identifiedAt"] = shift(r["concern"]["identifiedAt"], days)
    r["decisions"]["furtherDiscussionOn"] = shift(r["decisions"]["furtherDiscussionOn"], days)
    for action in r["actions"]:
        action["dueBy"] = shift(action["dueBy"], days)
    for key in ("completedOn", "circulatedOn"):
        r["minutes"][key] = shift(r["minutes"][key], days)
    return r


def no_health(r):
    r["participants"] = [p for p in r["participants"] if p["agency"] != "HEALTH"]
    r["minutes"]["circulatedTo"].remove("HEALTH")


def health_absent(r):
    for p in r["participants"]:
        if p["agency"] == "HEALTH":
            p["attended"] = False
            p.pop("contributedInWriting", None)


def late(r, reason):
    r["concern"]["identifiedAt"] = shift(r["concern"]["identifiedAt"], -5)  # Wednesday before: 4 working days
    if not reason:
        del r["timingRationale"]


DATES = ["2024-05-14", "2024-05-21", "2024-06-04", "2024-06-11", "2024-06-18", "2024-06-25", "2024-07-02",
         "2024-07-09", "2024-07-16", "2024-07-23", "2024-07-30", "2024-08-06", "2024-08-13", "2024-08-20",
         "2024-09-03", "2024-09-10"]
ETHNICITY = ["BAFR"] * 4 + ["AIND"] * 6 + ["WBRI"] * 5 + [None]
records = []
for i, held in enumerate(DATES, start=1):
    r = record("SD-BRD-%02d" % i, held, "north/north-mash" if i <= 8 else "south/south-cp")
    if ETHNICITY[i - 1] is None:
        del r["children"][0]["ethnicity"]
    else:
        r["children"][0]["ethnicity"] = ETHNICITY[i - 1]
    records.append(r)
f = {i + 1: r for i, r in enumerate(records)}
f[2]["identity"]["culture"] = "n/a"
del f[3]["decisions"]["section47Rationale"]
del f[4]["decisions"]["section47"]
for n in (5, 6):
    f[n]["minutes"]["circulatedOn"] = shift(f[n]["minutes"]["circulatedOn"], 7)  # 5 working days after
    f[n]["minutes"]["completedOn"] = f[n]["minutes"]["circulatedOn"]
for n in (7, 8):
    del f[n]["minutes"]["circulatedOn"]
    del f[n]["minutes"]["circulatedTo"]
late(f[9], True)
late(f[10], True)
late(f[11], False)
f[12]["type"] = "FURTHER"
health_absent(f[13])
health_absent(f[14])
no_health(f[15])
no_health(f[16])

draft_held = record("SD-BRD-D1", "2024-06-11", "north/north-mash")
draft_held["status"] = "DRAFT"
del draft_held["decisions"]["section47"]
del draft_held["minutes"]
draft_not_held = record("SD-BRD-D2", "2024-06-18", "south/south-cp")
draft_not_held["status"] = "DRAFT"
del draft_not_held["heldAt"]
del draft_not_held["minutes"]
before = record("SD-BRD-O1", "2024-04-16", "north/north-mash")
after = record("SD-BRD-O2", "2024-10-08", "south/south-cp")
rejected = record("SD-BRD-R1", "2024-06-18", "south/south-cp")
rejected["status"] = "SIGNED_OFF"

for r in records + [draft_held, draft_not_held, before, after, rejected]:
    print(json.dumps(r, ensure_ascii=False, separators=(",", ":")))
