"""T rules: who one LGOTP trainee is and the terms of the stay: eligibility (T110–T113), the
host (T114–T116), withdrawal, status and costs (T117–T119). The stay and its phases are in
``trainee``.

Examples are YAML laid over a valid trainee (``rules/examples.py``) as of 2025-06-01.
"""

from __future__ import annotations

from collections.abc import Iterator

from lgotp_cli.i18n.messages import trainee as said
from lgotp_cli.i18n.messages.parts import both_or_one, code_with_word
from lgotp_cli.i18n.record_words import STATUS
from lgotp_cli.models.record import Finding
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.models.types import CEFR_ORDER, JLPT_ORDER
from lgotp_cli.months import fiscal_year
from lgotp_cli.reference import codes
from lgotp_cli.reference.host_names import list_names, normalise
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule
from lgotp_cli.rules.shared import untied_selection
from lgotp_cli.rules.trainee import stay_text


@rule(
    "T110",
    Severity.ERROR,
    "employer not an overseas local government (`type: other`, or `country: JP`)",
    scope="trainee",
    reads=("employer",),
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
            said.EMPLOYER_TYPE_OTHER.of(),
        )
    if t.employer.country == "JP":
        yield Finding(
            ("employer", "country"),
            said.EMPLOYER_IN_JAPAN.of(),
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
    reads=("languages",),
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
    given = [
        words.of(level=level)
        for words, level in ((said.ENGLISH_LEVEL, english), (said.JAPANESE_LEVEL, japanese))
        if level
    ]
    yield Finding(
        ("languages",),
        said.LANGUAGES_BELOW_BAR.of(
            given=given or said.NO_LEVEL,
            english=policy.english_min,
            japanese=policy.japanese_min,
        ),
    )


@rule(
    "T112",
    Severity.ERROR,
    "`leadership` missing or empty",
    scope="trainee",
    reads=("leadership",),
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
            said.LEADERSHIP_MISSING.of(),
            at_start=True,
        )
    elif not t.leadership.strip():
        yield Finding(
            ("leadership",),
            said.LEADERSHIP_EMPTY.of(),
        )


@rule(
    "T113",
    Severity.ERROR,
    "independent selection without a `relationship` and `partner`",
    scope="trainee",
    reads=("selection",),
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
    yield from untied_selection(t.selection, said.INDEPENDENT_WITHOUT_TIE)


@rule(
    "T114",
    Severity.ERROR,
    "host code has a wrong check digit or is not a local government in the record's year",
    scope="trainee",
    reads=("host", "period"),
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
    problem = codes.code_problem(t.host.code, fiscal_year(t.period.arrival))
    if problem:
        yield Finding(("host", "code"), problem)


@rule(
    "T115",
    Severity.WARNING,
    "host name differs from the code's name",
    scope="trainee",
    reads=("host", "period"),
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
            said.NAME_DECLARED.of(name=former.name)
            if former is not None
            else said.NAME_LISTED.of(name=government.name, prefecture=government.prefecture)
        )
        yield Finding(
            ("host", "name"),
            said.HOST_NAME_DIFFERS.of(name=t.host.name, code=t.host.code, known=known),
        )


@rule(
    "T116",
    Severity.ERROR,
    "`fiscal_year` is not the fiscal year of the arrival",
    scope="trainee",
    reads=("fiscal_year", "period"),
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
            said.FISCAL_YEAR_NOT_ARRIVALS.of(
                given=t.fiscal_year, arrival=t.period.arrival, expected=expected
            ),
        )


@rule(
    "T117",
    Severity.ERROR,
    "`status: withdrawn` without `withdrawal.date` and `reason`, or a withdrawal outside the stay",
    scope="trainee",
    reads=("period", "status", "withdrawal"),
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
            f"withdrawal.{key}"
            for key in ("date", "reason")
            if given is None or getattr(given, key) is None
        ]
        if missing:
            yield Finding(
                ("withdrawal",) if given is not None else ("status",),
                said.WITHDRAWAL_UNEXPLAINED.of(missing=both_or_one(missing)),
            )
    if given is not None and given.date is not None:
        period = t.period
        if not period.arrival <= given.date <= period.departure:
            yield Finding(
                ("withdrawal", "date"),
                said.WITHDRAWAL_OUTSIDE_STAY.of(date=given.date, stay=stay_text(t)),
            )


@rule(
    "T118",
    Severity.WARNING,
    "status disagrees with the dates as of today",
    scope="trainee",
    reads=("period", "status", "withdrawal"),
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
    status = code_with_word(STATUS, t.status)
    message = None
    if t.status == "planned" and today >= arrival:
        if today > departure:
            message = said.STATUS_STAY_ENDED.of(
                status=status, departure=departure, expected=code_with_word(STATUS, "completed")
            )
        else:
            message = said.STATUS_ARRIVED.of(
                status=status, arrival=arrival, expected=code_with_word(STATUS, "in_training")
            )
    elif t.status == "in_training" and today < arrival:
        message = said.STATUS_ARRIVAL_AHEAD.of(
            status=status, arrival=arrival, expected=code_with_word(STATUS, "planned")
        )
    elif t.status == "in_training" and today > departure:
        message = said.STATUS_DEPARTED.of(
            status=status, departure=departure, expected=code_with_word(STATUS, "completed")
        )
    elif t.status == "completed" and today < departure:
        message = said.STATUS_DEPARTURE_AHEAD.of(status=status, departure=departure)
    elif (
        t.status == "withdrawn"
        and t.withdrawal is not None
        and t.withdrawal.date is not None
        and t.withdrawal.date > today
    ):
        message = said.STATUS_WITHDRAWAL_AHEAD.of(status=status, date=t.withdrawal.date)
    if message:
        yield Finding(("status",), said.AS_OF_TODAY.of(problem=message, today=today))


@rule(
    "T119",
    Severity.WARNING,
    "costs missing (no planned figures for a host that will claim allocation tax)",
    scope="trainee",
    reads=("costs", "host", "period"),
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
        said.COSTS_MISSING.of(),
        at_start=True,
    )
