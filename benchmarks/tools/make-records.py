#!/usr/bin/env python3
"""Writes the three benchmark records (small, typical, large) from the school-age sample.

They differ in the number of participants and actions (4, 12, 40) and carry a few gaps, so
that gap rules fire as well as applicability rules. Re-run after changing the sample:
    python3 benchmarks/tools/make-records.py
"""
import copy, json, pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
SAMPLE = json.loads((ROOT / "rules-examples/samples/good-school-age-physical.json").read_text())
OUT = ROOT / "benchmarks/src/main/resources/org/strategycheck/benchmarks/records"

# (agency, role, organisation) cycled to fill the participant list.
PEOPLE = [
    ("CHILDRENS_SOCIAL_CARE", "SOCIAL_WORKER", None),
    ("CHILDRENS_SOCIAL_CARE", "TEAM_MANAGER", None),
    ("HEALTH", "GP", "Riverside surgery"),
    ("POLICE", "DETECTIVE_SERGEANT", "Child abuse investigation team"),
    ("EDUCATION", "DESIGNATED_SAFEGUARDING_LEAD", "Riverside Primary School"),
    ("HEALTH", "PAEDIATRICIAN", "County hospital"),
    ("PROBATION", "PROBATION_OFFICER", "Probation service"),
    ("HOUSING", "OTHER", "Riverside housing"),
    ("HEALTH", "HEALTH_VISITOR", "Community health trust"),
    ("ADULT_SOCIAL_CARE", "SOCIAL_WORKER", "Adult services"),
]
AGENCIES = ["CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "HEALTH", "HOUSING", "PROBATION"]


def record(size, record_id):
    r = copy.deepcopy(SAMPLE)
    r["recordId"] = record_id
    participants = []
    for i in range(size):
        agency, role, org = PEOPLE[i % len(PEOPLE)]
        p = {"agency": agency, "role": role, "invited": True, "attended": i % 5 != 4,
             "canMakeDecisions": i % 7 != 6, "informationShared": True}
        if org:
            p["organisation"] = org if i < len(PEOPLE) else f"{org} {i // len(PEOPLE)}"
        if i % 5 == 4:
            p["contributedInWriting"] = True
        participants.append(p)
    r["participants"] = participants  # no school nurse: ATT-SCHOOL-NURSE finds a gap
    actions = []
    for i in range(size):
        a = {"ref": f"A{i + 1}", "description": f"Action {i + 1}",
             "owner": {"name": f"Owner {i + 1}", "agency": AGENCIES[i % len(AGENCIES)]},
             "dueBy": f"2024-05-{15 + i % 10:02d}"}
        if i % 4 == 3:
            a["owner"].pop("name")          # ACT-OWNER-NAMED
        if i % 6 == 5:
            a.pop("dueBy")                  # ACT-DUE-DATE
        if i % 8 == 0:
            a["immediate"] = True
        actions.append(a)
    r["actions"] = actions
    services = []
    for i in range(max(2, size // 4)):
        agency, role, org = PEOPLE[(i * 3) % len(PEOPLE)]
        s = {"agency": agency, "role": role, "knownTo": "HOUSEHOLD" if i % 2 else "CHILD"}
        if org:
            s["organisation"] = org
        services.append(s)
    r["involvedServices"] = services
    others = []
    for i in range(max(2, size // 4)):
        others.append({"ref": f"P{i + 1}", "relationship": ["MOTHER", "FATHER", "SIBLING", "STEP_PARENT"][i % 4],
                       "householdMember": i % 3 != 2, "informationShared": i % 5 != 4,
                       "riskOrProtectionConsidered": True})
    r["significantOthers"] = others
    r["identity"]["culture"] = "n/a"        # INF-IDENTITY
    r["minutes"]["circulatedTo"] = ["CHILDRENS_SOCIAL_CARE", "POLICE", "HEALTH", "EDUCATION"]
    return r


for name, size in [("small", 4), ("typical", 12), ("large", 40)]:
    text = json.dumps(record(size, f"SD-BENCH-{name.upper()}"), indent=2) + "\n"
    (OUT / f"{name}.json").write_text(text)
    print(name, size, len(text.encode()), "bytes")
