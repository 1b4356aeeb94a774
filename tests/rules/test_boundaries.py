"""T, D and R rules (trainees, dispatches, host requests): each one fires and stays quiet at its
boundary. One table of cases, one test: a case lays an overlay over the valid record of the
rule's kind (``rules/examples.py``) and says where the rule fires (the value at a key path, once)
or that it stays quiet, with what else the diagnostic must say. "Today" is always given.

The valid records: EX-T (arrival 2024-05-27, departure 2025-03-19, orientation 05-27..05-28,
JIAM 05-29..06-28, specialised 2024-07-01..2025-03-18, host 232025 岡崎市); EX-D (departure
2024-07-01, return 2024-07-20, request 2024-03-15 from VN, report reports/EX-D.md submitted
2024-08-10); EX-R (FY2025, host 232025, participate, independent selection with sister_city Cebu
City, Forms 1 and 2 on 2024-10-02). The built-in calendar has FY2025's Forms 1 and 2 due
2024-10-04 and Form 3 due 2024-11-01.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from support.rules import KIND_OF_RULE, TODAY, check_digit, kind_of, run, value_position

from lgotp_cli.reference.codes import lookup

PROGRAMME_COUNTRIES = ["CN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN", "IN"]
HOST_ITEMS = [
    "local_travel",
    "living",
    "commuting",
    "meals",
    "transport",
    "communication",
    "interpreting",
]


@dataclass(frozen=True)
class Boundary:
    """One case: rule ``code`` on the valid record with ``overlay``, as of ``today``, with
    ``config`` as lgotp.yaml. ``at``: the keys of the value it fires at, once (``()``: the
    record's first line); None: it stays quiet. The diagnostic's ``severity``, its ``record``
    and the words it ``says`` are checked where given."""

    code: str
    overlay: str
    at: tuple | None = None
    severity: str | None = None
    says: tuple[str, ...] = ()
    record: str | None = None
    today: date = TODAY
    config: str = ""

    def __str__(self) -> str:
        words = [self.code, self.overlay.strip().replace("\n", "; ")]
        if self.today != TODAY:
            words.append(f"on {self.today}")
        if self.config:
            words.append(f"with {self.config.strip()}")
        words.append("fires" if self.at is not None else "quiet")
        return " ".join(words)


def period(arrival: str, departure: str) -> str:
    return f"period: {{arrival: {arrival}, departure: {departure}}}\n"


def trip(departure: str, back: str) -> str:
    return f"period: {{departure: {departure}, return: {back}}}\n"


def on(day: str) -> date:
    return date.fromisoformat(day)


WITHDRAWN = "status: withdrawn\nwithdrawal: {date: 2024-10-01, reason: family reasons}\n"
DEPARTURE = ("period", "departure")
RETURN = ("period", "return")
CONDITIONS = "conditions: {countries: [PH, VN], fields: [tourism], language: english, months: 10}\n"
CALENDAR_2026 = """\
calendar:
  2026:
    - {date: 2025-10-03, event: Form 1 and Form 2 due}
    - {date: 2025-10-31, event: Form 3 due}
"""


def late_form_2026(form: str, day: str) -> str:
    """A FY2026 request with Forms 1 and 2 on 2025-10-01 but ``form`` on ``day``."""
    submitted = {"form1": "2025-10-01", "form2": "2025-10-01", form: day}
    forms = ", ".join(f"{key}: {value}" for key, value in submitted.items())
    return f"fiscal_year: 2026\nsubmitted: {{{forms}}}\n" + CONDITIONS


def host_provides(*items: str) -> str:
    return f"costs: {{host_provides: [{', '.join(items)}]}}\n"


def jiam_until(end: str) -> str:
    return f"period: {{jiam: {{start: 2024-05-29, end: {end}}}}}\n"


def specialised(start: str, end: str) -> str:
    return f"period: {{departure: 2025-06-30, specialized: {{start: {start}, end: {end}}}}}\n"


# fmt: off
T101 = {"at": DEPARTURE, "severity": "error", "record": "EX-T"}
T102 = {"at": DEPARTURE, "severity": "error"}
BOUNDARIES = [
    # --- T101: stay shorter than 6 months (RECORDS.md's months: month ends clamp) ---------------
    Boundary("T101", period("2024-05-27", "2024-11-25"), **T101),
    Boundary("T101", period("2024-05-27", "2024-11-26")),
    Boundary("T101", period("2024-04-01", "2024-09-29"), **T101,
             says=("5 months 29 days", "2024-09-30")),
    Boundary("T101", period("2024-04-01", "2024-09-30")),
    # 2024-08-31 + 6 months = 2025-02-28, minus a day
    Boundary("T101", period("2024-08-31", "2025-02-26"), **T101),
    Boundary("T101", period("2024-08-31", "2025-02-27")),
    # leap day: 2023-08-31 + 6 months = 2024-02-29, minus a day
    Boundary("T101", period("2023-08-31", "2024-02-27"), **T101),
    Boundary("T101", period("2023-08-31", "2024-02-28")),
    Boundary("T101", period("2024-05-27", "2024-11-25") + WITHDRAWN),
    # --- T102: stay longer than 12 months (also for a withdrawn trainee) -------------------------
    Boundary("T102", period("2024-05-27", "2025-05-27"), **T102,
             says=("12 months 1 day", "2025-05-26")),
    Boundary("T102", period("2024-05-27", "2025-05-26")),
    Boundary("T102", period("2024-04-01", "2025-04-01"), **T102),
    Boundary("T102", period("2024-04-01", "2025-03-31")),
    Boundary("T102", period("2024-08-31", "2025-08-31"), **T102),
    Boundary("T102", period("2024-08-31", "2025-08-30")),
    Boundary("T102", period("2024-05-27", "2025-05-27") + WITHDRAWN, DEPARTURE),
    # --- T103: dates reversed ---------------------------------------------------------------
    Boundary("T103", period("2024-05-27", "2024-05-26"), DEPARTURE,
             says=("2024-05-26", "2024-05-27")),
    Boundary("T103", period("2024-05-27", "2024-05-27")),
    Boundary("T103", "period: {tokyo_orientation: {start: 2024-05-28, end: 2024-05-27}}\n",
             ("period", "tokyo_orientation", "end")),
    Boundary("T103", "period: {tokyo_orientation: {start: 2024-05-28, end: 2024-05-28}}\n"),
    Boundary("T103", "period: {jiam: {start: 2024-05-29, end: 2024-05-28}}\n",
             ("period", "jiam", "end")),
    Boundary("T103", "period: {jiam: {start: 2024-05-29, end: 2024-05-29}}\n"),
    Boundary("T103", "period: {specialized: {start: 2024-07-01, end: 2024-06-30}}\n",
             ("period", "specialized", "end")),
    Boundary("T103", "period: {specialized: {start: 2024-07-01, end: 2024-07-01}}\n"),
    # --- T104: phases outside the stay, overlapping or out of order ---------------------------
    # a phase starting before the arrival (2024-05-27)
    Boundary("T104", "period: {tokyo_orientation: {start: 2024-05-26, end: 2024-05-28}}\n",
             ("period", "tokyo_orientation", "start")),
    Boundary("T104", "period: {tokyo_orientation: {start: 2024-05-27, end: 2024-05-28}}\n"),
    # a phase ending after the departure (2025-03-19)
    Boundary("T104", "period: {specialized: {start: 2024-07-01, end: 2025-03-20}}\n",
             ("period", "specialized", "end")),
    Boundary("T104", "period: {specialized: {start: 2024-07-01, end: 2025-03-19}}\n"),
    # JIAM overlapping the orientation (ends 2024-05-28)
    Boundary("T104", "period: {jiam: {start: 2024-05-28, end: 2024-06-28}}\n",
             ("period", "jiam", "start")),
    Boundary("T104", "period: {jiam: {start: 2024-05-29, end: 2024-06-28}}\n"),
    # specialised training overlapping JIAM (ends 2024-06-28)
    Boundary("T104", "period: {specialized: {start: 2024-06-28, end: 2025-03-18}}\n",
             ("period", "specialized", "start")),
    Boundary("T104", "period: {specialized: {start: 2024-06-29, end: 2025-03-18}}\n"),
    # specialised training before JIAM: out of order
    Boundary("T104", "period:\n  jiam: {start: 2024-07-01, end: 2024-07-31}\n"
             "  specialized: {start: 2024-06-01, end: 2025-03-18}\n",
             ("period", "specialized", "start")),
    # --- T105: JIAM about one month (21-45 days, both ends counted) ---------------------------
    Boundary("T105", jiam_until("2024-06-17"), ("period", "jiam", "end"), "warning",
             says=("20 days",)),
    Boundary("T105", jiam_until("2024-06-18")),  # 21 days
    Boundary("T105", jiam_until("2024-07-12")),  # 45 days
    Boundary("T105", jiam_until("2024-07-13"), ("period", "jiam", "end"), "warning",
             says=("46 days",)),
    # --- T106: specialised training 5 to 11 months --------------------------------------------
    # shorter than 5 months: a warning (a six-month stay leaves about 4 months 26 days)
    Boundary("T106", specialised("2024-07-01", "2024-11-29"), ("period", "specialized", "end"),
             "warning"),
    Boundary("T106", specialised("2024-07-01", "2024-11-30")),
    # longer than 11 months: an error
    Boundary("T106", specialised("2024-07-01", "2025-05-31")),
    Boundary("T106", specialised("2024-07-01", "2025-06-01"), ("period", "specialized", "end"),
             "error"),
    # 2024-09-30 + 5 months = 2025-02-28, minus a day
    Boundary("T106", specialised("2024-09-30", "2025-02-26"), ("period", "specialized", "end"),
             "warning"),
    Boundary("T106", specialised("2024-09-30", "2025-02-27")),
    Boundary("T106", "period: {specialized: {start: 2024-07-01, end: 2024-11-29}}\n",
             ("period", "specialized", "end"), says=("4 months 29 days", "2024-11-30")),
    # short training is allowed when withdrawn, long training is not
    Boundary("T106", "status: withdrawn\nwithdrawal: {date: 2024-11-29, reason: family reasons}\n"
             "period: {specialized: {start: 2024-07-01, end: 2024-11-29}}\n"),
    Boundary("T106", "status: withdrawn\nwithdrawal: {date: 2025-06-01, reason: family reasons}\n"
             "period: {departure: 2025-06-30, specialized: {start: 2024-07-01, end: 2025-06-01}}\n",
             ("period", "specialized", "end")),
    # --- T107: Tokyo orientation first ----------------------------------------------------------
    Boundary("T107", "period: {tokyo_orientation: null}\n", ("period",), "warning"),
    Boundary("T107", "period: {tokyo_orientation: {start: 2024-05-29, end: 2024-05-29}}\n",
             ("period", "tokyo_orientation", "start")),
    Boundary("T107", "period: {tokyo_orientation: {start: 2024-05-28, end: 2024-05-28}}\n"),
    # --- T110: employer an overseas local government ---------------------------------------------
    Boundary("T110", "employer: {type: other}\n", ("employer", "type")),
    Boundary("T110", "employer: {type: local_government}\n"),
    Boundary("T110", "employer: {type: local_government_agency}\n"),
    Boundary("T110", "employer: {country: JP}\n", ("employer", "country")),
    Boundary("T110", "employer: {country: PH}\n"),
    # --- T111: English B2+ or Japanese N2+ (Japanese on CEFR: B2 counts as N2) -------------------
    Boundary("T111", "languages: {english: B2}\n"),
    Boundary("T111", "languages: {english: B1}\n", ("languages",)),
    Boundary("T111", "languages: {english: C2}\n"),
    Boundary("T111", "languages: {english: B1, japanese: N3}\n", ("languages",)),
    Boundary("T111", "languages: {english: B1, japanese: N2}\n"),
    Boundary("T111", "languages: {english: null, japanese: N1}\n"),
    Boundary("T111", "languages: {english: null, japanese: N3}\n", ("languages",)),
    Boundary("T111", "languages: {english: null, japanese: B2}\n"),
    Boundary("T111", "languages: {english: null, japanese: B1}\n", ("languages",)),
    # the policy's level
    Boundary("T111", "languages: {english: B2}\n", ("languages",),
             config="policy: {english_min: C1}\n"),
    Boundary("T111", "languages: {english: C1}\n", config="policy: {english_min: C1}\n"),
    # --- T112: leadership --------------------------------------------------------------------------
    Boundary("T112", "leadership: ' '\n", ("leadership",)),
    Boundary("T112", "leadership: ''\n", ("leadership",)),
    Boundary("T112", "leadership: Leads the unit.\n"),
    # --- T113: independent selection needs relationship and partner ---------------------------
    Boundary("T113", "selection: {method: independent}\n", ("selection",)),
    Boundary("T113", "selection: {method: independent, relationship: sister_city}\n",
             ("selection",)),
    Boundary("T113", "selection: {method: independent, partner: Cebu City}\n", ("selection",)),
    Boundary("T113",
             "selection: {method: independent, relationship: sister_city, partner: Cebu City}\n"),
    Boundary("T113", "selection: {method: clair}\n"),
    # --- T114: host code (a wrong check digit names the right code) -----------------------------
    Boundary("T114", "host: {code: '232026'}\n", ("host", "code"), says=("232025",)),
    Boundary("T114", "host: {code: '232025'}\n"),
    Boundary("T114", "host: {code: '011002'}\n"),
    Boundary("T114", "host: {code: '130001'}\n"),
    Boundary("T114", "host: {code: '141003'}\n"),
    Boundary("T114", "host: {code: '232998'}\n", ("host", "code")),  # right digit, not listed
    # --- T115: host name (Japanese or English) ---------------------------------------------------
    Boundary("T115", "host: {code: '232025', name: 豊田市}\n", ("host", "name"), "warning",
             says=("岡崎市",)),
    Boundary("T115", "host: {code: '232025', name: 岡崎市}\n"),
    Boundary("T115", "host: {code: '232025', name: 愛知県岡崎市}\n"),
    Boundary("T115", "host: {code: '232025', name: Okazaki City}\n"),
    Boundary("T115", "host: {code: '232025', name: okazaki city}\n"),
    Boundary("T115", "host: {code: '232025', name: Toyota City}\n", ("host", "name")),
    # --- T116: fiscal year of the arrival -------------------------------------------------------
    Boundary("T116", "fiscal_year: 2025\nperiod: {arrival: 2024-05-27}\n", ("fiscal_year",)),
    Boundary("T116", "fiscal_year: 2024\nperiod: {arrival: 2024-05-27}\n"),
    Boundary("T116", "fiscal_year: 2024\nperiod: {arrival: 2025-03-31}\n"),
    Boundary("T116", "fiscal_year: 2024\nperiod: {arrival: 2025-04-01}\n", ("fiscal_year",)),
    Boundary("T116", "fiscal_year: 2024\nperiod: {arrival: 2024-04-01}\n"),
    Boundary("T116", "fiscal_year: 2024\nperiod: {arrival: 2024-03-31}\n", ("fiscal_year",)),
    # --- T117: withdrawal: its date and reason, inside the stay ----------------------------------
    Boundary("T117", "status: withdrawn\nwithdrawal: {date: 2024-10-01}\n", ("withdrawal",)),
    Boundary("T117", "status: withdrawn\nwithdrawal: {reason: family reasons}\n",
             ("withdrawal",)),
    Boundary("T117", WITHDRAWN),
    Boundary("T117", "status: withdrawn\nwithdrawal: {date: 2024-05-26, reason: family reasons}\n",
             ("withdrawal", "date")),
    Boundary("T117", "status: withdrawn\nwithdrawal: {date: 2024-05-27, reason: family reasons}\n"),
    Boundary("T117", "status: withdrawn\nwithdrawal: {date: 2025-03-19, reason: family reasons}\n"),
    Boundary("T117", "status: withdrawn\nwithdrawal: {date: 2025-03-20, reason: family reasons}\n",
             ("withdrawal", "date")),
    # --- T118: status and dates as of today ---------------------------------------------------
    Boundary("T118", "status: planned\n", today=on("2024-05-26")),
    Boundary("T118", "status: planned\n", ("status",), "warning", today=on("2024-05-27")),
    Boundary("T118", "status: in_training\n", ("status",), "warning", today=on("2024-05-26")),
    Boundary("T118", "status: in_training\n", today=on("2024-05-27")),
    Boundary("T118", "status: in_training\n", today=on("2025-03-19")),
    Boundary("T118", "status: in_training\n", ("status",), "warning", today=on("2025-03-20")),
    Boundary("T118", "status: completed\n", ("status",), "warning", today=on("2025-03-18")),
    Boundary("T118", "status: completed\n", today=on("2025-03-19")),
    # a withdrawal dated after today
    Boundary("T118", WITHDRAWN, ("status",), today=on("2024-09-30")),
    Boundary("T118", WITHDRAWN, today=on("2024-10-01")),
    # --- T119: costs (not for a non-grant body of the arrival's year) ---------------------------
    Boundary("T119", ""),
    Boundary("T119", "costs: null\n",
             config='allocation_tax: {non_grant_bodies: {2024: ["232025"]}}\n'),
    Boundary("T119", "costs: null\n", (),
             config='allocation_tax: {non_grant_bodies: {2025: ["232025"]}}\n'),
    Boundary("T119", "costs: null\n", (),
             config='allocation_tax: {non_grant_bodies: {2024: ["232114"]}}\n'),
    # --- D201: longer than 3 months ---------------------------------------------------------------
    Boundary("D201", trip("2024-07-01", "2024-10-01"), RETURN, "error", record="EX-D",
             says=("3 months 1 day", "2024-09-30")),
    Boundary("D201", trip("2024-07-01", "2024-09-30")),
    # 2024-11-30 + 3 months = 2025-02-28, minus a day
    Boundary("D201", trip("2024-11-30", "2025-02-28"), RETURN, "error", record="EX-D"),
    Boundary("D201", trip("2024-11-30", "2025-02-27")),
    # the policy's months (2024-07-01 → 2024-09-30 is exactly 3 months)
    Boundary("D201", trip("2024-07-01", "2024-09-30"), RETURN,
             config="policy: {dispatch_max_months: 2}\n"),
    Boundary("D201", trip("2024-07-01", "2024-09-30"),
             config="policy: {dispatch_max_months: 3}\n"),
    # --- D202: the usual 10 days to 1 month (info; both ends counted) -------------------------
    Boundary("D202", trip("2024-07-01", "2024-07-09"), RETURN, "info", says=("9 days",)),
    Boundary("D202", trip("2024-07-01", "2024-07-10")),  # 10 days
    Boundary("D202", trip("2024-07-01", "2024-07-31")),  # 31 days
    Boundary("D202", trip("2024-07-01", "2024-08-01"), RETURN, "info", says=("32 days",)),
    # --- D203: China or Southeast Asia (or the policy's list) -----------------------------------
    *(Boundary("D203", f"request: {{country: {country}}}\n", ("request", "country"))
      for country in ["KR", "JP", "US", "BD", "LK"]),
    *(Boundary("D203", f"request: {{country: {country}}}\n") for country in PROGRAMME_COUNTRIES),
    Boundary("D203", "request: {country: PH}\n", ("request", "country"),
             config="policy: {dispatch_countries: [VN]}\n"),
    Boundary("D203", "request: {country: VN}\n", config="policy: {dispatch_countries: [VN]}\n"),
    # --- D204: database_id -------------------------------------------------------------------------
    Boundary("D204", "specialist: {database_id: ' '}\n", ("specialist", "database_id")),
    Boundary("D204", "specialist: {database_id: ICD-00999}\n"),
    # --- D205: return before departure; D206: request after the departure ------------------------
    Boundary("D205", trip("2024-07-01", "2024-06-30"), RETURN),
    Boundary("D205", trip("2024-07-01", "2024-07-01")),
    Boundary("D206", "request: {date: 2024-07-02}\n", ("request", "date")),
    Boundary("D206", "request: {date: 2024-07-01}\n"),
    # --- D207: the workplace bears nothing; D208: what the host should bear -----------------------
    Boundary("D207", "costs: {workplace: 1}\n", ("costs", "workplace")),
    Boundary("D207", "costs: {workplace: 0}\n"),
    *(Boundary("D208", host_provides(*(item for item in HOST_ITEMS if item != left_out)),
               ("costs", "host_provides"), "warning", says=(left_out,))
      for left_out in HOST_ITEMS),
    Boundary("D208", host_provides(*reversed(HOST_ITEMS))),
    # --- D209: report due 30 days after the return (or the policy's days) -----------------------
    Boundary("D209", "report: {submitted: null}\n", today=on("2024-08-19")),
    Boundary("D209", "report: {submitted: null}\n", ("report",), says=("2024-08-19",),
             today=on("2024-08-20")),
    Boundary("D209", "report: {submitted: null}\n", today=on("2024-07-30"),
             config="policy: {report_due_days: 10}\n"),
    Boundary("D209", "report: {submitted: null}\n", ("report",), today=on("2024-07-31"),
             config="policy: {report_due_days: 10}\n"),
    Boundary("D209", "report: null\n", ("status",), today=on("2024-08-20")),
    Boundary("D209", "report: {submitted: 2024-09-30}\n", today=on("2024-10-01")),
    # not for a dispatch that did not happen
    Boundary("D209", "status: planned\nreport: {submitted: null}\n", today=on("2024-12-01")),
    Boundary("D209", "status: cancelled\nreport: {submitted: null}\n", today=on("2024-12-01")),
    # --- D211: daily allowance = rate × days (2024-07-01 → 2024-07-20 is 20 days) ----------------
    *(Boundary("D211", f"costs: {{clair: {{daily_allowance: {allowance}}}}}\n",
               ("costs", "clair", "daily_allowance"), "warning", says=("160000",),
               config="policy: {daily_allowance_per_day: 8000}\n")
      for allowance in (8000 * 19, 8000 * 21)),
    Boundary("D211", f"costs: {{clair: {{daily_allowance: {8000 * 20}}}}}\n",
             config="policy: {daily_allowance_per_day: 8000}\n"),
    Boundary("D211", "costs: {clair: {daily_allowance: 1}}\n"),  # no rate configured
    # --- D212: the specialist's employer code -------------------------------------------------
    Boundary("D212", "specialist: {employer: {code: '272036'}}\n",
             ("specialist", "employer", "code"), says=("272035",)),
    Boundary("D212", "specialist: {employer: {code: '272990'}}\n",  # right digit, not listed
             ("specialist", "employer", "code")),
    *(Boundary("D212", f"specialist: {{employer: {{code: '{code}'}}}}\n")
      for code in ["272035", "130001", "011002"]),
    # --- D213: status and dates as of today ---------------------------------------------------
    Boundary("D213", "status: planned\n", today=on("2024-06-30")),
    Boundary("D213", "status: planned\n", ("status",), "warning", today=on("2024-07-01")),
    Boundary("D213", "status: dispatched\n", ("status",), "warning", today=on("2024-06-30")),
    Boundary("D213", "status: dispatched\n", today=on("2024-07-01")),
    Boundary("D213", "status: dispatched\n", today=on("2024-07-20")),
    Boundary("D213", "status: dispatched\n", ("status",), "warning", today=on("2024-07-21")),
    Boundary("D213", "status: completed\n", ("status",), "warning", today=on("2024-07-19")),
    Boundary("D213", "status: completed\n", today=on("2024-07-20")),
    *(Boundary("D213", "status: cancelled\n", today=on(day))
      for day in ["2024-06-30", "2024-07-10", "2024-07-21"]),
    # --- R301: host code ----------------------------------------------------------------------
    Boundary("R301", "host: {code: '232026'}\n", ("host", "code"), "error", says=("232025",)),
    Boundary("R301", "host: {code: '232998'}\n", ("host", "code")),  # right digit, not listed
    *(Boundary("R301", f"host: {{code: '{code}'}}\n") for code in ["232025", "130001", "011002"]),
    # --- R302: Form 3 conditions, for hosts considering or with the method undecided only --------
    Boundary("R302", "intention: considering\nselection: {method: independent}\n", ()),
    Boundary("R302", "intention: method_undecided\nselection: {method: undecided}\n", ()),
    Boundary("R302", "intention: considering\nselection: {method: clair}\n", ()),
    Boundary("R302", "intention: participate\nselection: {method: clair}\n"),
    Boundary("R302", "intention: participate\nselection: {method: independent}\n"),
    Boundary("R302", "intention: participate\nselection: {method: undecided}\n"),
    Boundary("R302", "intention: participate\nselection: {method: clair}\n" + CONDITIONS),
    Boundary("R302", "intention: considering\nselection: {method: independent}\n" + CONDITIONS),
    Boundary("R302", "intention: method_undecided\nselection: {method: undecided}\n" + CONDITIONS),
    Boundary("R302", "intention: not_participating\nselection: null\n"),
    # --- R303: independent selection needs relationship and partner ---------------------------
    Boundary("R303", "selection: {method: independent, partner: null}\n", ("selection",)),
    Boundary("R303", "selection: {method: independent, relationship: null}\n", ("selection",)),
    Boundary("R303", "selection: {method: independent, relationship: null, partner: null}\n",
             ("selection",)),
    Boundary("R303",
             "selection: {method: independent, relationship: friendship, partner: Hue City}\n"),
    Boundary("R303", "selection: {method: clair, relationship: null, partner: null}\n"),
    Boundary("R303", "selection: {method: undecided, relationship: null, partner: null}\n"),
    # --- R304: forms after their deadline (the built-in calendar, or lgotp.yaml's) --------------
    *(Boundary("R304", f"submitted: {{{form}: {day}}}\n" + CONDITIONS)
      for form, day in [("form1", "2024-10-04"), ("form2", "2024-10-04"), ("form3", "2024-11-01")]),
    *(Boundary("R304", f"submitted: {{{form}: {day}}}\n" + CONDITIONS, ("submitted", form),
               "warning", says=("1 day",))
      for form, day in [("form1", "2024-10-05"), ("form2", "2024-10-05"), ("form3", "2024-11-02")]),
    *(Boundary("R304", late_form_2026(form, day), config=CALENDAR_2026)
      for form, day in [("form1", "2025-10-03"), ("form2", "2025-10-03"), ("form3", "2025-10-31")]),
    *(Boundary("R304", late_form_2026(form, day), ("submitted", form), config=CALENDAR_2026)
      for form, day in [("form1", "2025-10-04"), ("form2", "2025-10-04"), ("form3", "2025-11-01")]),
    # an event that names its forms
    *(Boundary("R304", f"fiscal_year: 2026\nsubmitted: {{form1: {day}, form2: {day}}}\n", at,
               config="calendar:\n  2026:\n"
               "    - {date: 2025-09-30, event: Survey closes, forms: [form1]}\n")
      for day, at in [("2025-09-30", None), ("2025-10-01", ("submitted", "form1"))]),
    # a year without a calendar
    Boundary("R304", "fiscal_year: 2030\nsubmitted: {form1: 2029-12-31, form2: 2029-12-31}\n"),
]
# fmt: on


@pytest.mark.parametrize("case", BOUNDARIES, ids=str)
def test_a_rule_at_its_boundary(root, case: Boundary):
    if case.config:
        root.write("lgotp.yaml", case.config)
    path, found = run(root, kind_of(case.code), case.overlay, case.code, today=case.today)
    if case.at is None:
        assert found == []
        return
    assert [(d.line, d.column) for d in found] == [value_position(path, *case.at)]
    if case.severity:
        assert found[0].severity == case.severity
    if case.record:
        assert found[0].record == case.record
    for words in case.says:
        assert words in found[0].message


@pytest.mark.parametrize("kind", KIND_OF_RULE.values())
def test_the_valid_record_is_valid(root, kind):
    root.record(kind)
    assert root.validate(TODAY) == []


def test_the_tables_dates_and_codes_are_what_they_say():
    # both ends of a period are counted
    assert (date(2024, 6, 17) - date(2024, 5, 29)).days + 1 == 20
    assert (date(2024, 6, 18) - date(2024, 5, 29)).days + 1 == 21
    assert (date(2024, 7, 12) - date(2024, 5, 29)).days + 1 == 45
    assert (date(2024, 7, 13) - date(2024, 5, 29)).days + 1 == 46
    assert (date(2024, 7, 9) - date(2024, 7, 1)).days + 1 == 9
    assert (date(2024, 7, 10) - date(2024, 7, 1)).days + 1 == 10
    assert (date(2024, 7, 31) - date(2024, 7, 1)).days + 1 == 31
    assert (date(2024, 8, 1) - date(2024, 7, 1)).days + 1 == 32
    # a wrong check digit, and right ones of codes that are not listed
    assert check_digit("23202") == 5
    assert check_digit("27203") == 5
    assert check_digit("23299") == 8 and lookup("232998") is None
    assert check_digit("27299") == 0 and lookup("272990") is None
