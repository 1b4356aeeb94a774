"""D rules: one specialist dispatch's length, destination, request, costs and report.

Each rule's docstring is its documentation, which `lgotp rules` prints; its messages, in
English and Japanese, are in ``i18n/messages/dispatch.py``.

Examples are YAML laid over a valid dispatch (``rules/examples.py``) as of 2025-06-01. Just
over 400 lines: thirteen rules, each with its documentation, examples and the keys it reads,
kept together because they are the dispatch programme's rules and read together.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from lgotp_cli.i18n.messages import dispatch as said
from lgotp_cli.i18n.messages.parts import code_with_word
from lgotp_cli.i18n.record_words import DISPATCH_STATUS
from lgotp_cli.models.dispatch import HOST_ITEMS, Dispatch
from lgotp_cli.models.record import Finding
from lgotp_cli.months import Length, days_inclusive, fiscal_year
from lgotp_cli.reference import codes
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule
from lgotp_cli.rules.shared import days_outside, longer_than
from lgotp_cli.source.discover import is_inside
from lgotp_cli.source.markdown import read_report


@rule(
    "D201",
    Severity.ERROR,
    'longer than 3 months (waivable: "in principle")',
    scope="dispatch",
    reads=("period",),
    fires="period: {departure: 2024-07-01, return: 2024-10-01}\n",
    quiet="period: {departure: 2024-07-01, return: 2024-09-30}\n",
)
def dispatch_too_long(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The dispatch (departure to return, both days counted) is longer than the policy's
    ``dispatch_max_months`` (3 months): a departure on 2024-07-01 allows a return up to 2024-09-30.

    Why: Specialists go "in principle for no more than 3 months"; a longer dispatch is an agreed
    exception.

    Fix: Correct the return date; for an agreed longer dispatch, add a waiver for D201 with the
    reason.
    """
    departure, back = d.period.departure, d.period.return_
    long = longer_than(departure, back, ctx.policy.dispatch_max_months)
    if long:
        message = said.DISPATCH_TOO_LONG.of(departure=departure, back=back, **long)
        yield Finding(("period", "return"), message)


@rule(
    "D202",
    Severity.INFO,
    "outside the usual 10 days – 1 month",
    scope="dispatch",
    reads=("period",),
    fires="period: {departure: 2024-07-01, return: 2024-07-09}\n",
    quiet="period: {departure: 2024-07-01, return: 2024-07-10}\n",
)
def dispatch_unusual_length(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The dispatch lasts less than 10 days or more than a month (the policy's
    ``dispatch_typical_days``, both ends counted). Shown with ``-v`` only.

    Why: Most dispatches last between 10 days and a month; one outside that is not a problem, just
    unusual, and sometimes a mistyped date.

    Fix: Nothing, if the dates are right; otherwise correct them.
    """
    departure, back = d.period.departure, d.period.return_
    bounds = ctx.policy.dispatch_typical_days
    days = days_outside(departure, back, bounds)
    if days is not None:
        message = said.DISPATCH_UNUSUAL_LENGTH.of(
            departure=departure, back=back, days=days, shortest=bounds.min, longest=bounds.max
        )
        yield Finding(("period", "return"), message)


@rule(
    "D203",
    Severity.ERROR,
    "destination country not China or Southeast Asia (policy list)",
    scope="dispatch",
    reads=("request",),
    fires="request: {country: KR}\n",
    quiet="request: {country: VN}\n",
)
def destination(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The destination country (``request.country``) is not one of the policy's
    ``dispatch_countries``: China, the countries of Southeast Asia and India (CN BN KH ID LA MY MM
    PH SG TH TL VN IN).

    Why: The programme dispatches specialists to these countries only.

    Fix: Correct the country code (ISO 3166-1 alpha-2); a country added to the programme goes in
    ``lgotp.yaml`` ``policy.dispatch_countries``.
    """
    if d.request is None:
        return
    country, allowed = d.request.country, ctx.policy.dispatch_countries
    if country not in allowed:
        message = said.NOT_A_PROGRAMME_COUNTRY.of(country=country, allowed=" ".join(allowed))
        yield Finding(("request", "country"), message)


@rule(
    "D204",
    Severity.ERROR,
    "no `database_id`: specialists come from the database",
    scope="dispatch",
    reads=("specialist",),
    fires="specialist: {database_id: null}\n",
    quiet="specialist: {database_id: ICD-00123}\n",
)
def database_id(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """``specialist.database_id`` is missing or empty.

    Why: Specialists are selected from the International Cooperation Database; the record gives the
    specialist's registration there, which also tells two dispatches of one specialist apart (X303).

    Fix: Give the specialist's registration in the database (``ICD-00123``).
    """
    value = d.specialist.database_id
    if value is None or not value.strip():
        message = said.DATABASE_ID_MISSING.of()
        yield Finding(("specialist", "database_id"), message, at_start=value is None)


@rule(
    "D205",
    Severity.ERROR,
    "return before departure",
    scope="dispatch",
    reads=("period",),
    fires="period: {departure: 2024-07-01, return: 2024-06-30}\n",
    quiet="period: {departure: 2024-07-01, return: 2024-07-01}\n",
)
def return_before_departure(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The return to Japan is before the departure.

    Why: No dispatch can end before it begins; it is usually two dates swapped or a mistyped year,
    and every length computed from it would be wrong.

    Fix: Swap the dates or correct the year.
    """
    departure, back = d.period.departure, d.period.return_
    if back < departure:
        message = said.RETURN_BEFORE_DEPARTURE.of(back=back, departure=departure)
        yield Finding(("period", "return"), message)


@rule(
    "D206",
    Severity.ERROR,
    "no request, or the request dated after the departure",
    scope="dispatch",
    reads=("period", "request"),
    fires="request: {date: 2024-07-02}\n",
    quiet="request: {date: 2024-07-01}\n",
)
def request_before(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The dispatch has no ``request``, or the request is dated after the departure.

    Why: A dispatch answers an overseas local government's request, made before the specialist
    leaves.

    Fix: Give the request (``date``, ``local_government``, ``country``, ``purpose``) with the date
    it was made.
    """
    departure = d.period.departure
    if d.request is None:
        yield Finding(("request",), said.REQUEST_MISSING.of(), at_start=True)
    elif d.request.date > departure:
        message = said.REQUEST_AFTER_DEPARTURE.of(requested=d.request.date, departure=departure)
        yield Finding(("request", "date"), message)


@rule(
    "D207",
    Severity.ERROR,
    "the specialist's workplace bears a cost (`workplace` > 0)",
    scope="dispatch",
    reads=("costs",),
    fires="costs: {workplace: 1}\n",
    quiet="costs: {workplace: 0}\n",
)
def workplace_cost(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The specialist's workplace bears a cost: ``costs.workplace`` is more than 0.

    Why: "There should not be any cost to your current workplace": CLAIR and the overseas local
    government bear the costs.

    Fix: Move the cost to the side that bears it (``costs.clair``, or the host's items in
    ``host_provides``) and set ``workplace: 0``.
    """
    if d.costs is not None and d.costs.workplace:
        yield Finding(
            ("costs", "workplace"), said.WORKPLACE_BEARS_A_COST.of(amount=d.costs.workplace)
        )


@rule(
    "D208",
    Severity.WARNING,
    "`host_provides` misses an item the host should bear",
    scope="dispatch",
    reads=("costs",),
    fires="costs: {host_provides: [living, meals]}\n",
    quiet="costs: {host_provides: [local_travel, living, commuting, meals, transport, "
    "communication, interpreting]}\n",
)
def host_provides(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """``costs.host_provides`` leaves out an item the overseas local government should bear: local
    travel, living, commuting, meals, transport, communication and interpreting (in kind or paid).

    Why: The overseas local government bears these; an item missing is either a gap in the record or
    a cost that fell on someone else.

    Fix: Add the items the host bears to ``host_provides``; for an agreed exception, add a waiver
    for D208 with the reason.
    """
    if d.costs is None:
        return
    missing = [item for item in HOST_ITEMS if item not in d.costs.host_provides]
    if missing:
        message = said.HOST_PROVIDES_LEAVES_OUT.of(missing=", ".join(missing))
        yield Finding(("costs", "host_provides"), message)


def report_due(d: Dispatch, ctx: Context):
    """The day a dispatch's report is due: ``report_due_days`` after the return."""
    return d.period.return_ + timedelta(days=ctx.policy.report_due_days)


@rule(
    "D209",
    Severity.ERROR,
    "report overdue: not submitted `report_due_days` after return",
    scope="dispatch",
    reads=("period", "report", "status"),
    fires="report: {submitted: null}\n",
    quiet="report: {submitted: 2024-08-19}\n",
)
def report_overdue(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The specialist's report has not been submitted (no ``report.submitted``) and is overdue as of
    today: it is due ``report_due_days`` (30) days after the return, and overdue from the day after
    that. "Today" is ``--today`` or ``LGOTP_TODAY`` when set.

    Why: The specialist sends a report after returning; CLAIR follows up on the late ones.

    Fix: Record ``report.submitted`` (and ``report.file``) when the report arrives.
    """
    if d.status not in ("dispatched", "completed"):
        return
    if d.report is not None and d.report.submitted is not None:
        return
    due = report_due(d, ctx)
    if ctx.today > due:
        overdue = Length(months=0, days=(ctx.today - due).days)
        message = said.REPORT_OVERDUE.of(
            due=due, due_days=ctx.policy.report_due_days, back=d.period.return_, overdue=overdue
        )
        yield Finding(("report",) if d.report is not None else ("status",), message)


@rule(
    "D210",
    Severity.ERROR,
    "report shorter than 3,000 characters (markup and spaces not counted) or without a photo",
    scope="dispatch",
    reads=("report",),
    fires="report: {file: reports/EX-D-draft.md}\n",
    quiet="report: {file: reports/EX-D.md}\n",
)
def report_length(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The report file has fewer than 3,000 characters, or no photograph (the policy's
    ``report_min_characters`` and ``report_min_photos``). Characters are counted without Markdown
    markup and white space; a photograph is an image (``![caption](photo.jpg)``). A report file that
    is missing is X305's.

    Why: The report is "3000 characters with photographs".

    Fix: Complete the report, with at least one photograph.

    Example: The examples' records root holds ``reports/EX-D.md``, a report of 3,568 characters with
    one photograph, and ``reports/EX-D-draft.md``, a paragraph without one.
    """
    if d.report is None:
        return
    path = ctx.root / d.report.file
    if not is_inside(path, ctx.root) or not path.is_file():
        return
    try:
        report = read_report(path.read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return
    policy = ctx.policy
    if report.characters < policy.report_min_characters:
        message = said.REPORT_TOO_SHORT.of(
            file=d.report.file, characters=report.characters, minimum=policy.report_min_characters
        )
        yield Finding(("report", "file"), message)
    if len(report.photos) < policy.report_min_photos:
        message = said.REPORT_TOO_FEW_PHOTOS.of(
            file=d.report.file, photos=len(report.photos), minimum=policy.report_min_photos
        )
        yield Finding(("report", "file"), message)


@rule(
    "D211",
    Severity.WARNING,
    "daily allowance is not rate × days (when a rate is configured)",
    scope="dispatch",
    reads=("costs", "period"),
    fires="costs: {clair: {daily_allowance: 144400}}\n",
    quiet="costs: {clair: {daily_allowance: 152000}}\n",
)
def daily_allowance(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """With ``policy.daily_allowance_per_day`` set in ``lgotp.yaml``, CLAIR's daily allowance
    (``costs.clair.daily_allowance``) is not that rate times the days of the dispatch (both ends
    counted). Without a rate, nothing is checked.

    Why: The daily allowance is paid per day; a sum that is not rate × days is usually a miscounted
    day or a mistyped figure.

    Fix: Correct the allowance or the dates; the message gives the expected sum.

    Example: The examples' ``lgotp.yaml`` sets ``policy: {daily_allowance_per_day: 7600}``, and the
    valid dispatch lasts 20 days (2024-07-01 → 2024-07-20), so its allowance is 152,000 yen.
    """
    rate = ctx.policy.daily_allowance_per_day
    if rate is None or d.costs is None or d.period.return_ < d.period.departure:
        return
    days = days_inclusive(d.period.departure, d.period.return_)
    expected = rate * days
    if d.costs.clair.daily_allowance != expected:
        message = said.DAILY_ALLOWANCE_NOT_RATE_TIMES_DAYS.of(
            allowance=d.costs.clair.daily_allowance, rate=rate, days=days, expected=expected
        )
        yield Finding(("costs", "clair", "daily_allowance"), message)


@rule(
    "D212",
    Severity.ERROR,
    "specialist's employer code is not a valid local government code",
    scope="dispatch",
    reads=("period", "specialist"),
    fires="specialist: {employer: {code: '272036'}}\n",
    quiet="specialist: {employer: {code: '272035'}}\n",
)
def specialist_employer(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The specialist's employer code (``specialist.employer.code``) has a wrong check digit, or
    names no local government in the fiscal year of the departure (in MIC's list, or a former code
    declared in ``lgotp.yaml`` ``host_codes``). A retired specialist's former employer is optional
    and may be a former code of any year.

    Why: Specialists come from Japanese local governments; the code identifies which in reports.

    Fix: Correct the code, or declare a former code in ``lgotp.yaml`` ``host_codes``.
    """
    employer = d.specialist.employer
    if employer is None:
        return
    problem = codes.code_problem(
        employer.code, fiscal_year(d.period.departure), former_ok=bool(d.specialist.retired)
    )
    if problem:
        yield Finding(("specialist", "employer", "code"), problem)


@rule(
    "D213",
    Severity.WARNING,
    "status disagrees with the dates as of today",
    scope="dispatch",
    reads=("period", "status"),
    fires="status: planned\nperiod: {departure: 2025-06-01, return: 2025-06-20}\n",
    quiet="status: planned\nperiod: {departure: 2025-06-02, return: 2025-06-20}\n",
)
def dispatch_status(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The status disagrees with the dates as of today: ``planned`` until the departure,
    ``dispatched`` from the departure to the return (both days), ``completed`` from the return day
    on; ``cancelled`` any time. "Today" is ``--today`` or ``LGOTP_TODAY`` when set.

    Why: Lists and reports show the status; one left behind misleads whoever reads them.

    Fix: Set the status the message names, or correct the dates.
    """
    today, departure, back = ctx.today, d.period.departure, d.period.return_
    message = None
    if d.status == "planned" and today >= departure:
        message = said.PLANNED_BUT_DEPARTED
    elif d.status == "dispatched" and today < departure:
        message = said.DISPATCHED_BEFORE_DEPARTURE
    elif d.status == "dispatched" and today > back:
        message = said.DISPATCHED_AFTER_RETURN
    elif d.status == "completed" and today < back:
        message = said.COMPLETED_BEFORE_RETURN
    if message:
        status = code_with_word(DISPATCH_STATUS, d.status)
        message = message.of(status=status, departure=departure, back=back, today=today)
        yield Finding(("status",), message)
