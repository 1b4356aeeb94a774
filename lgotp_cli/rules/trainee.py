"""T rules: one LGOTP trainee's stay, phases, eligibility, host and status.

Longer than most modules on purpose: a kind's rules are kept together, in code order, and most
of the length is each rule's documentation (its docstring), which `lgotp rules` prints.

Examples are YAML laid over a valid trainee (``rules/examples.py``) as of 2025-06-01.
"""

from __future__ import annotations

from collections.abc import Iterator

from lgotp_cli.i18n.record_words import PHASE_IN_A_SENTENCE
from lgotp_cli.models.record import Finding
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.models.types import CEFR_ORDER, JLPT_ORDER
from lgotp_cli.months import days_inclusive, fiscal_year, last_day_of, lasts_at_least, length
from lgotp_cli.reference import codes
from lgotp_cli.reference.host_names import list_names, normalise
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule

PHASES = ("tokyo_orientation", "jiam", "specialized")
# Rule messages are English for now; they name the phases as the catalogue does in a sentence.
PHASE_NAMES = {name: PHASE_IN_A_SENTENCE[name].en for name in PHASES}


def _stay(t: Trainee) -> str:
    return f"{t.period.arrival} → {t.period.departure}"


@rule(
    "T101",
    Severity.ERROR,
    "stay (arrival → departure) shorter than 6 months, unless withdrawn",
    scope="trainee",
    fires="period: {arrival: 2024-05-27, departure: 2024-11-25}\n",
    quiet="period: {arrival: 2024-05-27, departure: 2024-11-26}\n",
)
def stay_too_short(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The stay (arrival to departure, both days counted) is shorter than the policy's minimum of 6
    months, unless the trainee is withdrawn. Months are counted as lgotp counts them everywhere: N
    months run from a day to the day before the same day N months later, so 2024-04-01 → 2024-09-30
    is exactly 6 months and an arrival on 2024-05-27 needs a departure on or after 2024-11-26.

    Why: LGOTP hosts trainees for 6 to 12 months. A withdrawn trainee may leave earlier.

    Fix: Correct the dates, or set ``status: withdrawn`` with the ``withdrawal`` date and reason.
    """
    arrival, departure = t.period.arrival, t.period.departure
    minimum = ctx.policy.trainee_months.min
    if t.status == "withdrawn" or departure < arrival:
        return
    if not lasts_at_least(arrival, departure, minimum):
        yield Finding(
            ("period", "departure"),
            f"stay {_stay(t)} lasts {length(arrival, departure)}, shorter than the "
            f"{minimum} months LGOTP requires; the departure must be on or after "
            f"{last_day_of(arrival, minimum)} (or the trainee is withdrawn)",
        )


@rule(
    "T102",
    Severity.ERROR,
    "stay longer than 12 months",
    scope="trainee",
    fires="period: {arrival: 2024-05-27, departure: 2025-05-27}\n",
    quiet="period: {arrival: 2024-05-27, departure: 2025-05-26}\n",
)
def stay_too_long(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The stay is longer than the policy's maximum of 12 months (months counted as for T101): an
    arrival on 2024-05-27 allows a departure up to 2025-05-26.

    Why: LGOTP hosts trainees for 6 to 12 months; a longer stay is outside the programme and its
    allocation tax.

    Fix: Bring the departure forward, or correct a mistyped year.
    """
    arrival, departure = t.period.arrival, t.period.departure
    maximum = ctx.policy.trainee_months.max
    if departure > last_day_of(arrival, maximum):
        yield Finding(
            ("period", "departure"),
            f"stay {_stay(t)} lasts {length(arrival, departure)}, longer than the "
            f"{maximum} months LGOTP allows; the departure must be on or before "
            f"{last_day_of(arrival, maximum)}",
        )


@rule(
    "T103",
    Severity.ERROR,
    "departure before arrival, or a phase ending before it starts",
    scope="trainee",
    fires="period: {arrival: 2024-05-27, departure: 2024-05-26}\n",
    quiet="period: {arrival: 2024-05-27, departure: 2024-05-27}\n",
)
def dates_reversed(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """A period ends before it starts: the departure is before the arrival, or a phase's ``end``
    before its ``start``.

    Why: No stay or phase can end before it begins; it is usually two dates swapped or a mistyped
    year, and every length computed from it would be wrong.

    Fix: Swap the dates or correct the year.
    """
    if t.period.departure < t.period.arrival:
        yield Finding(
            ("period", "departure"),
            f"departure {t.period.departure} is before arrival {t.period.arrival}; "
            "check both dates",
        )
    for name in PHASES:
        phase = getattr(t.period, name)
        if phase is not None and phase.end < phase.start:
            yield Finding(
                ("period", name, "end"),
                f"{PHASE_NAMES[name]} ends ({phase.end}) before it starts ({phase.start})",
            )


@rule(
    "T104",
    Severity.ERROR,
    "a phase outside the stay, or phases overlapping or out of order",
    scope="trainee",
    fires="period: {jiam: {start: 2024-05-28, end: 2024-06-28}}\n",
    quiet="period: {jiam: {start: 2024-05-29, end: 2024-06-28}}\n",
)
def phases_out_of_place(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """A phase starts before the arrival or ends after the departure, or two phases overlap or come
    out of order (Tokyo orientation, then JIAM, then specialised training).

    Why: The trainee goes through the phases one after another, all within the stay; a phase out of
    place is usually a mistyped date.

    Fix: Correct the phase's dates so that each starts after the one before has ended, all between
    the arrival and the departure.
    """
    period = t.period
    previous = None
    for name in PHASES:
        phase = getattr(period, name)
        if phase is None or phase.end < phase.start:
            continue
        if phase.start < period.arrival:
            yield Finding(
                ("period", name, "start"),
                f"{PHASE_NAMES[name]} starts {phase.start}, before the arrival {period.arrival}",
            )
        if phase.end > period.departure:
            yield Finding(
                ("period", name, "end"),
                f"{PHASE_NAMES[name]} ends {phase.end}, after the departure {period.departure}",
            )
        if previous is not None:
            before_name, before = previous
            if phase.start <= before.end:
                yield Finding(
                    ("period", name, "start"),
                    f"{PHASE_NAMES[name]} starts {phase.start}, but {PHASE_NAMES[before_name]} "
                    f"runs until {before.end}; phases follow one another without overlapping",
                )
        previous = (name, phase)


@rule(
    "T105",
    Severity.WARNING,
    "JIAM language training not about one month (outside 21–45 days)",
    scope="trainee",
    fires="period: {jiam: {start: 2024-05-29, end: 2024-06-17}}\n",
    quiet="period: {jiam: {start: 2024-05-29, end: 2024-06-18}}\n",
)
def jiam_length(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """JIAM's Japanese language training does not last about one month: outside the policy's 21 to
    45 days, both ends counted.

    Why: The programme gives trainees about a month of Japanese training at JIAM (the Japan
    Intercultural Academy of Municipalities); a much shorter or longer one is usually a mistyped
    date.

    Fix: Correct ``period.jiam``'s dates; a length that is right needs no change (waive the rule
    with the reason).
    """
    jiam = t.period.jiam
    if jiam is None or jiam.end < jiam.start:
        return
    days = days_inclusive(jiam.start, jiam.end)
    bounds = ctx.policy.jiam_days
    if not bounds.min <= days <= bounds.max:
        yield Finding(
            ("period", "jiam", "end"),
            f"JIAM training {jiam.start} → {jiam.end} lasts {days} days; about one month is "
            f"{bounds.min}–{bounds.max} days",
        )


@rule(
    "T106",
    Severity.ERROR,
    "specialised training longer than 11 months (error), or shorter than 5 unless withdrawn "
    "(warning)",
    scope="trainee",
    fires="period: {specialized: {start: 2024-07-01, end: 2025-06-01}}\n",
    quiet="period: {specialized: {start: 2024-07-01, end: 2025-05-31}}\n",
    lesser=Severity.WARNING,
)
def specialized_length(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """Specialised training at the host lasts more than the policy's 11 months (an error), or less
    than 5 months (a warning, and nothing for a withdrawn trainee). Months are counted as lgotp
    counts them everywhere: 2024-07-01 → 2025-05-31 is exactly 11 months.

    Why: Specialised training takes up most of the 6 to 12 month stay. It may be short for a good
    reason: six months is the programme's minimum stay, and a six-month stay with the Tokyo
    orientation and a month at JIAM leaves about 4 months 26 days of specialised training.

    Fix: Correct the phase's dates; a short phase that is right needs no change.
    """
    phase = t.period.specialized
    if phase is None or phase.end < phase.start:
        return
    bounds = ctx.policy.specialized_months
    span = f"{phase.start} → {phase.end} lasts {length(phase.start, phase.end)}"
    if t.status != "withdrawn" and not lasts_at_least(phase.start, phase.end, bounds.min):
        yield Finding(
            ("period", "specialized", "end"),
            f"specialised training {span}, shorter than the usual {bounds.min} months (it "
            f"would end on or after {last_day_of(phase.start, bounds.min)}); fine for a "
            "six-month stay, otherwise check the dates",
            lesser=True,
        )
    elif phase.end > last_day_of(phase.start, bounds.max):
        yield Finding(
            ("period", "specialized", "end"),
            f"specialised training {span}, longer than {bounds.max} months; it must end on or "
            f"before {last_day_of(phase.start, bounds.max)}",
        )


@rule(
    "T107",
    Severity.WARNING,
    "no Tokyo orientation, or none before JIAM",
    scope="trainee",
    fires="period: {tokyo_orientation: null}\n",
    quiet="period: {tokyo_orientation: {start: 2024-05-27, end: 2024-05-28}}\n",
)
def orientation(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The trainee has no Tokyo orientation (``period.tokyo_orientation``), or it does not start
    before JIAM.

    Why: Every trainee starts with MIC's and CLAIR's orientation in Tokyo, before JIAM.

    Fix: Add ``period.tokyo_orientation`` with its ``start`` and ``end``, before ``jiam``.
    """
    orientation_phase, jiam = t.period.tokyo_orientation, t.period.jiam
    if orientation_phase is None:
        yield Finding(
            ("period",),
            "no Tokyo orientation in period; add tokyo_orientation {start, end} "
            "(trainees begin with it, before JIAM)",
        )
    elif jiam is not None and orientation_phase.start >= jiam.start:
        yield Finding(
            ("period", "tokyo_orientation", "start"),
            f"Tokyo orientation starts {orientation_phase.start}, not before JIAM "
            f"({jiam.start}); trainees begin with it",
        )


@rule(
    "T110",
    Severity.ERROR,
    "employer not an overseas local government (`type: other`, or `country: JP`)",
    scope="trainee",
    fires="employer: {type: other}\n",
    quiet="employer: {type: local_government}\n",
)
def employer_eligible(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The trainee's employer is of ``type: other``, or in Japan (``country: JP``).

    Why: LGOTP is for employees of overseas local governments and their agencies.

    Fix: Correct the employer's ``type`` or ``country``; a trainee whose employer is not an overseas
    local government is not eligible.
    """
    if t.employer.type == "other":
        yield Finding(
            ("employer", "type"),
            "employer type 'other' is not eligible: LGOTP trainees work for an overseas local "
            "government or one of its agencies",
        )
    if t.employer.country == "JP":
        yield Finding(
            ("employer", "country"),
            "employer country JP is not eligible: LGOTP is for overseas local governments",
        )


def _japanese_rank(level: str) -> int:
    """A Japanese level on one scale: JLPT N5..N1 as CEFR A1..C1 (the usual equivalence)."""
    if level in JLPT_ORDER:
        return JLPT_ORDER.index(level)
    return CEFR_ORDER.index(level)


@rule(
    "T111",
    Severity.ERROR,
    "neither spoken English at B2+ nor Japanese at N2+",
    scope="trainee",
    fires="languages: {english: B1, japanese: N3}\n",
    quiet="languages: {english: B1, japanese: N2}\n",
)
def language_level(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The trainee has neither spoken English at the policy's CEFR level (B2) or better nor Japanese
    at its JLPT level (N2) or better. Japanese given on the CEFR scale is compared as N5=A1 … N1=C1.

    Why: The programme asks for "high-level spoken English or Japanese": the training is given in
    English or Japanese.

    Fix: Correct the levels in ``languages``; a trainee below both is not eligible.
    """
    policy = ctx.policy
    english, japanese = t.languages.english, t.languages.japanese
    if english is not None and CEFR_ORDER.index(english) >= CEFR_ORDER.index(policy.english_min):
        return
    if japanese is not None and _japanese_rank(japanese) >= _japanese_rank(policy.japanese_min):
        return
    given = (
        ", ".join(
            f"{lang} {level}"
            for lang, level in (("English", english), ("Japanese", japanese))
            if level
        )
        or "no level"
    )
    yield Finding(
        ("languages",),
        f"languages ({given}) are below the programme's bar: spoken English {policy.english_min} "
        f"or better, or Japanese {policy.japanese_min} or better",
    )


@rule(
    "T112",
    Severity.ERROR,
    "`leadership` missing or empty",
    scope="trainee",
    fires="leadership: ' '\n",
    quiet="leadership: Leads the unit.\n",
)
def leadership(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """``leadership`` is missing or empty.

    Why: The programme takes people "who have the qualities to succeed as a leader in their field";
    ``leadership`` says why this trainee does.

    Fix: Write a sentence or two on why the trainee can become a leader in the field.
    """
    if t.leadership is None:
        yield Finding(
            ("leadership",),
            "leadership is missing: say why this person can become a leader in the field",
            at_start=True,
        )
    elif not t.leadership.strip():
        yield Finding(
            ("leadership",),
            "leadership is empty: say why this person can become a leader in the field",
        )


@rule(
    "T113",
    Severity.ERROR,
    "independent selection without a `relationship` and `partner`",
    scope="trainee",
    fires="selection: {method: independent}\n",
    quiet="selection: {method: independent, relationship: sister_city, partner: Cebu City}\n",
)
def independent_selection(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """A trainee selected independently (``selection.method: independent``) has no
    ``selection.relationship`` or ``selection.partner``.

    Why: A host selects a trainee independently (独自選考) through a sister-city, friendship or other
    tie with an overseas government; the record names the tie and the partner.

    Fix: Give ``relationship`` (``sister_city``, ``friendship`` or ``other``) and ``partner`` (the
    overseas government), or correct the method.
    """
    selection = t.selection
    if selection.method != "independent":
        return
    missing = [key for key in ("relationship", "partner") if getattr(selection, key) is None]
    if missing:
        yield Finding(
            ("selection",),
            f"independent selection without {' and '.join(missing)}: name the tie "
            "(sister_city, friendship or other) and the partner government",
        )


@rule(
    "T114",
    Severity.ERROR,
    "host code has a wrong check digit or is not a local government in the record's year",
    scope="trainee",
    fires="host: {code: '232026'}\n",
    quiet="host: {code: '232025'}\n",
)
def host_code(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The host's local government code has a wrong check digit (the message gives the right one),
    or names no local government in the fiscal year of the arrival: it is neither in MIC's list that
    year nor a former code declared in ``lgotp.yaml`` ``host_codes`` and valid that year.

    Why: The code identifies the host in every report and decides its allocation tax; a host that
    has since merged, or changed its code when a town became a city, keeps the code it had.

    Fix: Correct the code (MIC's list of local government codes), or declare a former code in
    ``lgotp.yaml`` ``host_codes`` with the dates it was valid.
    """
    problem = codes.describe_code_problem(t.host.code, fiscal_year(t.period.arrival))
    if problem:
        yield Finding(("host", "code"), problem)


@rule(
    "T115",
    Severity.WARNING,
    "host name differs from the code's name",
    scope="trainee",
    fires="host: {code: '232025', name: 豊田市}\n",
    quiet="host: {code: '232025', name: 岡崎市}\n",
)
def host_name(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """``host.name`` (optional) is neither the name MIC's list has for the code (岡崎市, or 愛知県岡崎市) nor
    its English name (Okazaki City).

    Why: A name that does not match the code is usually a mistyped code, which would credit the
    trainee to another host.

    Fix: Correct the code or the name.
    """
    if t.host.name is None:
        return
    year = fiscal_year(t.period.arrival)
    accepted = list_names(t.host.code, year)
    if accepted and normalise(t.host.name) not in accepted:
        former = codes.declared_in(t.host.code, year)
        government = codes.lookup(t.host.code)
        known = (
            f"{former.name} (lgotp.yaml host_codes)"
            if former is not None
            else f"{government.name} ({government.prefecture})"
        )
        yield Finding(
            ("host", "name"),
            f"host name '{t.host.name}' is not the name of code {t.host.code}, which is "
            f"{known}; check the code or the name",
        )


@rule(
    "T116",
    Severity.ERROR,
    "`fiscal_year` is not the fiscal year of the arrival",
    scope="trainee",
    fires="fiscal_year: 2025\n",
    quiet="fiscal_year: 2024\n",
)
def trainee_fiscal_year(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """``fiscal_year`` (optional) is not the fiscal year (April to March) of ``period.arrival``.

    Why: Reports file the trainee under the fiscal year of the arrival; a different ``fiscal_year``
    is a mistake in one of the two.

    Fix: Correct ``fiscal_year`` or the arrival, or remove ``fiscal_year``.
    """
    expected = fiscal_year(t.period.arrival)
    if t.fiscal_year is not None and t.fiscal_year != expected:
        yield Finding(
            ("fiscal_year",),
            f"fiscal_year {t.fiscal_year} is not the fiscal year of the arrival "
            f"{t.period.arrival}, which is {expected}",
        )


@rule(
    "T117",
    Severity.ERROR,
    "`status: withdrawn` without `withdrawal.date` and `reason`, or a withdrawal outside the stay",
    scope="trainee",
    fires="status: withdrawn\nwithdrawal: {date: 2024-10-01}\n",
    quiet="status: withdrawn\nwithdrawal: {date: 2024-10-01, reason: family reasons}\n",
)
def withdrawal(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """A trainee with ``status: withdrawn`` has no ``withdrawal.date`` or ``withdrawal.reason``, or
    a withdrawal date lies outside the stay.

    Why: A withdrawn trainee's record says when, within the stay, and why the trainee left; reports
    and the timeline end the stay there.

    Fix: Give ``withdrawal: {date, reason}`` with a date between the arrival and the departure.
    """
    given = t.withdrawal
    if t.status == "withdrawn":
        missing = [
            key for key in ("date", "reason") if given is None or getattr(given, key) is None
        ]
        if missing:
            yield Finding(
                ("withdrawal",) if given is not None else ("status",),
                f"status is withdrawn but withdrawal.{' and withdrawal.'.join(missing)} "
                "is missing; give the date and the reason",
            )
    if given is not None and given.date is not None:
        period = t.period
        if not period.arrival <= given.date <= period.departure:
            yield Finding(
                ("withdrawal", "date"),
                f"withdrawal date {given.date} is outside the stay {_stay(t)}",
            )


@rule(
    "T118",
    Severity.WARNING,
    "status disagrees with the dates as of today",
    scope="trainee",
    fires="status: planned\nperiod: {arrival: 2025-06-01, departure: 2026-03-19}\n",
    quiet="status: planned\nperiod: {arrival: 2025-06-02, departure: 2026-03-19}\n",
)
def trainee_status(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """The status disagrees with the dates as of today: ``planned`` until the arrival,
    ``in_training`` from the arrival to the departure (both days), ``completed`` from the departure
    day on; ``withdrawn`` with a withdrawal dated today or earlier. "Today" is ``--today`` or
    ``LGOTP_TODAY`` when set.

    Why: Lists and reports show the status; one left behind misleads whoever reads them.

    Fix: Set the status the message names, or correct the dates.
    """
    today, arrival, departure = ctx.today, t.period.arrival, t.period.departure
    message = None
    if t.status == "planned" and today >= arrival:
        message = f"status is planned but the trainee arrived on {arrival}; set in_training"
        if today > departure:
            message = f"status is planned but the stay ended on {departure}; set completed"
    elif t.status == "in_training" and today < arrival:
        message = f"status is in_training but the arrival is {arrival}, after today; set planned"
    elif t.status == "in_training" and today > departure:
        message = f"status is in_training but the trainee departed on {departure}; set completed"
    elif t.status == "completed" and today < departure:
        message = f"status is completed but the departure is {departure}, after today"
    elif (
        t.status == "withdrawn"
        and t.withdrawal is not None
        and t.withdrawal.date is not None
        and t.withdrawal.date > today
    ):
        message = f"status is withdrawn but the withdrawal date {t.withdrawal.date} is after today"
    if message:
        yield Finding(("status",), f"{message} (today is {today})")


@rule(
    "T119",
    Severity.WARNING,
    "costs missing (no planned figures for a host that will claim allocation tax)",
    scope="trainee",
    fires="costs: null\n",
    quiet="costs: {airfare: 0, accommodation: 0, living_allowance: 0, training: 0, "
    "domestic_travel: 0, other: 0}\n",
)
def costs_missing(t: Trainee, ctx: Context) -> Iterator[Finding]:
    """A trainee has no ``costs``, and the host claims allocation tax: it is not in ``lgotp.yaml``
    ``non_grant_bodies`` for the fiscal year of the arrival.

    Why: A host that claims allocation tax needs its planned (later actual) costs for the
    reimbursement return and the cost summary.

    Fix: Give the host's planned costs (airfare, accommodation, living_allowance, training,
    domestic_travel, other) in whole yen, or list the host in ``non_grant_bodies``.
    """
    if t.costs is not None:
        return
    year = fiscal_year(t.period.arrival)
    if t.host.code in ctx.config.non_grant_bodies.get(year, ()):
        return
    yield Finding(
        ("costs",),
        "costs are missing: give the host's planned costs (airfare, accommodation, "
        "living_allowance, training, domestic_travel, other) in whole yen",
        at_start=True,
    )
