"""D rules: one specialist dispatch's length, destination, request, costs and report.

Examples are YAML laid over a valid dispatch (``rules/examples.py``) as of 2025-06-01.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from lgotp_cli.models.dispatch import HOST_ITEMS, Dispatch
from lgotp_cli.models.record import Finding
from lgotp_cli.months import days_inclusive, fiscal_year, last_day_of, length
from lgotp_cli.reference import codes
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule
from lgotp_cli.source.discover import is_inside
from lgotp_cli.source.markdown import read_report


def _days(count: int) -> str:
    return f"{count} day" if count == 1 else f"{count} days"


def _trip(d: Dispatch) -> str:
    return f"{d.period.departure} → {d.period.return_}"


@rule(
    "D201",
    Severity.ERROR,
    'longer than 3 months (waivable: "in principle")',
    scope="dispatch",
    fires="period: {departure: 2024-07-01, return: 2024-10-01}\n",
    quiet="period: {departure: 2024-07-01, return: 2024-09-30}\n",
)
def dispatch_too_long(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """Specialists go "in principle for no more than 3 months" (policy ``dispatch_max_months``):
    departure 2024-07-01 allows a return up to 2024-09-30. An agreed longer dispatch carries a
    waiver with its reason.
    """
    maximum = ctx.policy.dispatch_max_months
    departure, back = d.period.departure, d.period.return_
    if back >= departure and back > last_day_of(departure, maximum):
        yield Finding(
            ("period", "return"),
            f"dispatch {_trip(d)} lasts {length(departure, back)}, longer than {maximum} "
            f"months; return by {last_day_of(departure, maximum)}, or add a waiver with the "
            "reason if the longer dispatch was agreed",
        )


@rule(
    "D202",
    Severity.INFO,
    "outside the usual 10 days – 1 month",
    scope="dispatch",
    fires="period: {departure: 2024-07-01, return: 2024-07-09}\n",
    quiet="period: {departure: 2024-07-01, return: 2024-07-10}\n",
)
def dispatch_unusual_length(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """Most dispatches last between 10 days and a month (policy ``dispatch_typical_days``,
    both ends counted). Shown with ``-v`` only: it is not a problem, just unusual.
    """
    departure, back = d.period.departure, d.period.return_
    if back < departure:
        return
    days = days_inclusive(departure, back)
    bounds = ctx.policy.dispatch_typical_days
    if not bounds.min <= days <= bounds.max:
        yield Finding(
            ("period", "return"),
            f"dispatch {_trip(d)} lasts {days} days; most last {bounds.min}–{bounds.max} days",
        )


@rule(
    "D203",
    Severity.ERROR,
    "destination country not China or Southeast Asia (policy list)",
    scope="dispatch",
    fires="request: {country: KR}\n",
    quiet="request: {country: VN}\n",
)
def destination(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """Specialists are dispatched to China and Southeast Asia: the policy's
    ``dispatch_countries`` (CN BN KH ID LA MY MM PH SG TH TL VN).
    """
    if d.request is None:
        return
    allowed = ctx.policy.dispatch_countries
    if d.request.country not in allowed:
        yield Finding(
            ("request", "country"),
            f"destination {d.request.country} is not one of the programme's countries "
            f"({' '.join(allowed)})",
        )


@rule(
    "D204",
    Severity.ERROR,
    "no `database_id`: specialists come from the database",
    scope="dispatch",
    fires="specialist: {database_id: null}\n",
    quiet="specialist: {database_id: ICD-00123}\n",
)
def database_id(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """Specialists are selected from the International Cooperation Database; the record gives
    the specialist's registration there.
    """
    value = d.specialist.database_id
    if value is None or not value.strip():
        yield Finding(
            ("specialist", "database_id"),
            "specialist.database_id is missing: give the specialist's registration in the "
            "International Cooperation Database",
            at_start=value is None,
        )


@rule(
    "D205",
    Severity.ERROR,
    "return before departure",
    scope="dispatch",
    fires="period: {departure: 2024-07-01, return: 2024-06-30}\n",
    quiet="period: {departure: 2024-07-01, return: 2024-07-01}\n",
)
def return_before_departure(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The return to Japan is before the departure: two dates swapped or a mistyped year."""
    if d.period.return_ < d.period.departure:
        yield Finding(
            ("period", "return"),
            f"return {d.period.return_} is before departure {d.period.departure}",
        )


@rule(
    "D206",
    Severity.ERROR,
    "no request, or the request dated after the departure",
    scope="dispatch",
    fires="request: {date: 2024-07-02}\n",
    quiet="request: {date: 2024-07-01}\n",
)
def request_before(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """A dispatch answers an overseas local government's request, made before the departure."""
    if d.request is None:
        yield Finding(
            ("request",),
            "request is missing: give the overseas local government's request (date, "
            "local_government, country, purpose)",
            at_start=True,
        )
    elif d.request.date > d.period.departure:
        yield Finding(
            ("request", "date"),
            f"request dated {d.request.date}, after the departure {d.period.departure}",
        )


@rule(
    "D207",
    Severity.ERROR,
    "the specialist's workplace bears a cost (`workplace` > 0)",
    scope="dispatch",
    fires="costs: {workplace: 1}\n",
    quiet="costs: {workplace: 0}\n",
)
def workplace_cost(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """ "There should not be any cost to your current workplace": CLAIR and the overseas local
    government bear the costs.
    """
    if d.costs is not None and d.costs.workplace:
        yield Finding(
            ("costs", "workplace"),
            f"the specialist's workplace bears {d.costs.workplace} yen; it must bear nothing "
            "(CLAIR and the overseas local government cover the costs)",
        )


@rule(
    "D208",
    Severity.WARNING,
    "`host_provides` misses an item the host should bear",
    scope="dispatch",
    fires="costs: {host_provides: [living, meals]}\n",
    quiet="costs: {host_provides: [local_travel, living, commuting, meals, transport, "
    "communication, interpreting]}\n",
)
def host_provides(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The overseas local government bears local travel, living, commuting, meals, transport,
    communication and interpreting (in kind or paid).
    """
    if d.costs is None:
        return
    missing = [item for item in HOST_ITEMS if item not in d.costs.host_provides]
    if missing:
        yield Finding(
            ("costs", "host_provides"),
            f"host_provides leaves out {', '.join(missing)}; the overseas local government "
            "should bear these",
        )


def report_due(d: Dispatch, ctx: Context):
    """The day a dispatch's report is due: ``report_due_days`` after the return."""
    return d.period.return_ + timedelta(days=ctx.policy.report_due_days)


@rule(
    "D209",
    Severity.ERROR,
    "report overdue: not submitted `report_due_days` after return",
    scope="dispatch",
    fires="report: {submitted: null}\n",
    quiet="report: {submitted: 2024-08-19}\n",
)
def report_overdue(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The specialist sends a report after returning; it is due ``report_due_days`` (30) after
    the return and overdue from the day after that, as of today (``--today``).
    """
    if d.status not in ("dispatched", "completed"):
        return
    if d.report is not None and d.report.submitted is not None:
        return
    due = report_due(d, ctx)
    if ctx.today > due:
        yield Finding(
            ("report",) if d.report is not None else ("status",),
            f"the report was due {due} ({ctx.policy.report_due_days} days after the return on "
            f"{d.period.return_}) and is {_days((ctx.today - due).days)} overdue; record "
            "report.submitted when it arrives",
        )


@rule(
    "D210",
    Severity.ERROR,
    "report shorter than 3,000 characters (markup and spaces not counted) or without a photo",
    scope="dispatch",
)
def report_length(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """The report is "3000 characters with photographs": characters are counted without
    Markdown markup and white space; a photograph is an image (``![caption](photo.jpg)``).
    A missing file is X305's.
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
        yield Finding(
            ("report", "file"),
            f"report {d.report.file} has {report.characters:,} characters (markup and spaces "
            f"not counted); the programme asks for at least {policy.report_min_characters:,}",
        )
    if len(report.photos) < policy.report_min_photos:
        yield Finding(
            ("report", "file"),
            f"report {d.report.file} has {len(report.photos)} photographs; it needs at least "
            f"{policy.report_min_photos} (![caption](photo.jpg))",
        )


@rule(
    "D211",
    Severity.WARNING,
    "daily allowance is not rate × days (when a rate is configured)",
    scope="dispatch",
)
def daily_allowance(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """With ``policy.daily_allowance_per_day`` set, CLAIR's daily allowance should be that rate
    times the days of the dispatch (both ends counted).
    """
    rate = ctx.policy.daily_allowance_per_day
    if rate is None or d.costs is None or d.period.return_ < d.period.departure:
        return
    days = days_inclusive(d.period.departure, d.period.return_)
    expected = rate * days
    if d.costs.clair.daily_allowance != expected:
        yield Finding(
            ("costs", "clair", "daily_allowance"),
            f"daily allowance {d.costs.clair.daily_allowance} is not {rate} × {days} days = "
            f"{expected}",
        )


@rule(
    "D212",
    Severity.ERROR,
    "specialist's employer code is not a valid local government code",
    scope="dispatch",
    fires="specialist: {employer: {code: '272036'}}\n",
    quiet="specialist: {employer: {code: '272035'}}\n",
)
def specialist_employer(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """Specialists come from Japanese local governments: the employer's code must have the
    right check digit and name a local government in the year of the departure (MIC's list, or
    a former code declared in ``lgotp.yaml`` ``host_codes``). A retired specialist's former
    employer is optional and may be a former code of any year.
    """
    employer = d.specialist.employer
    if employer is None:
        return
    problem = codes.describe_code_problem(
        employer.code, fiscal_year(d.period.departure), former_ok=bool(d.specialist.retired)
    )
    if problem:
        yield Finding(("specialist", "employer", "code"), problem)


@rule(
    "D213",
    Severity.WARNING,
    "status disagrees with the dates as of today",
    scope="dispatch",
    fires="status: planned\nperiod: {departure: 2025-06-01, return: 2025-06-20}\n",
    quiet="status: planned\nperiod: {departure: 2025-06-02, return: 2025-06-20}\n",
)
def dispatch_status(d: Dispatch, ctx: Context) -> Iterator[Finding]:
    """``planned`` until the departure, ``dispatched`` from the departure to the return (both
    days), ``completed`` from the return day on; ``cancelled`` any time.
    """
    today, departure, back = ctx.today, d.period.departure, d.period.return_
    message = None
    if d.status == "planned" and today >= departure:
        message = f"status is planned but the departure was {departure}"
    elif d.status == "dispatched" and today < departure:
        message = f"status is dispatched but the departure is {departure}, after today"
    elif d.status == "dispatched" and today > back:
        message = f"status is dispatched but the specialist returned on {back}; set completed"
    elif d.status == "completed" and today < back:
        message = f"status is completed but the return is {back}, after today"
    if message:
        yield Finding(("status",), f"{message} (today is {today})")
