"""R rules: a host's request for a coming fiscal year (利用要望調査, Forms 1–3).

Examples are YAML laid over a valid request (``rules/examples.py``) for FY2025.
"""

from __future__ import annotations

from collections.abc import Iterator

from lgotp_cli.i18n.messages import request as said
from lgotp_cli.i18n.messages.parts import code_with_word
from lgotp_cli.i18n.record_words import INTENTION
from lgotp_cli.models.record import Finding, Record
from lgotp_cli.models.request import HostRequest
from lgotp_cli.reference import codes
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule
from lgotp_cli.rules.shared import repeated, untied_selection


@rule(
    "R301",
    Severity.ERROR,
    "host code invalid (as T114)",
    scope="request",
    reads=("fiscal_year", "host"),
    fires="host: {code: '232026'}\n",
    quiet="host: {code: '232025'}\n",
)
def request_host_code(r: HostRequest, ctx: Context) -> Iterator[Finding]:
    """The host's local government code has a wrong check digit, or names no local government in the
    request's fiscal year (in MIC's list, or a former code declared in ``lgotp.yaml``
    ``host_codes``), as T114 checks a trainee's host.

    Why: The code identifies the host in the survey of requests and its returns.

    Fix: Correct the code, or declare a former code in ``lgotp.yaml`` ``host_codes``.
    """
    problem = codes.code_problem(r.host.code, r.fiscal_year)
    if problem:
        yield Finding(("host", "code"), problem)


def conditions_required(r: HostRequest) -> bool:
    """Form 3 is submitted only by hosts that answered 参加検討 (considering) or 選考方法未定
    (method undecided) on Form 1, as the survey says (様式1で「参加検討」「選考方法未定」のみ)."""
    return r.intention in ("considering", "method_undecided")


@rule(
    "R302",
    Severity.ERROR,
    "Form 3 conditions missing for intention considering or method_undecided",
    scope="request",
    reads=("conditions", "intention"),
    fires="intention: considering\n",
    quiet="intention: considering\n"
    "conditions: {countries: [PH], fields: [tourism], language: english, months: 10}\n",
)
def conditions(r: HostRequest, ctx: Context) -> Iterator[Finding]:
    """Form 3 (``conditions``: the trainee wanted, by countries, fields, language and months) is
    missing while the intention on Form 1 is ``considering`` or ``method_undecided``. A host that
    participates may still give conditions.

    Why: The survey asks Form 3 of those hosts, and of those alone (様式1で「参加検討」「選考方法未定」のみ).

    Fix: Give ``conditions: {countries, fields, language, months}``, or correct the intention.
    """
    if r.conditions is None and conditions_required(r):
        yield Finding(
            ("conditions",),
            said.CONDITIONS_MISSING.of(intention=code_with_word(INTENTION, r.intention)),
            at_start=True,
        )


@rule(
    "R303",
    Severity.ERROR,
    "independent selection without relationship and partner",
    scope="request",
    reads=("selection",),
    fires="selection: {method: independent, partner: null}\n",
    quiet="selection: {method: independent, relationship: sister_city, partner: Cebu City}\n",
)
def request_independent(r: HostRequest, ctx: Context) -> Iterator[Finding]:
    """A request with an independent selection (``selection.method: independent``) has no
    ``selection.relationship`` or ``selection.partner``.

    Why: An independent selection (独自選考) goes through a sister-city, friendship or other tie with an
    overseas government; the request names the tie and the partner.

    Fix: Give ``relationship`` and ``partner``, or correct the method.
    """
    yield from untied_selection(r.selection, said.INDEPENDENT_WITHOUT_TIE)


@rule(
    "R304",
    Severity.WARNING,
    "a form submitted after its calendar deadline",
    scope="request",
    reads=("fiscal_year", "submitted"),
    fires="submitted: {form1: 2024-10-05}\n",
    quiet="submitted: {form1: 2024-10-04}\n",
)
def late_form(r: HostRequest, ctx: Context) -> Iterator[Finding]:
    """A form was submitted after its deadline in the programme calendar of the request's fiscal
    year (``lgotp.yaml`` ``calendar``; built in: FY2025's Form 1 and 2 by 2024-10-04, Form 3 by
    2024-11-01). An event names its forms with ``forms: [form1]`` or in its text ("Form 3").

    Why: CLAIR plans the coming year from the survey; a form that came late is worth knowing
    about, though it is only a warning.

    Fix: Nothing, if the date is right (it is a warning); otherwise correct the date in
    ``submitted``.
    """
    for form in ("form1", "form2", "form3"):
        submitted = getattr(r.submitted, form)
        deadline = ctx.config.form_deadline(r.fiscal_year, form)
        if submitted is not None and deadline is not None and submitted > deadline:
            late = (submitted - deadline).days
            words = said.FORM_LATE.one if late == 1 else said.FORM_LATE.other
            yield Finding(
                ("submitted", form),
                words.of(
                    number=form.removeprefix("form"),
                    submitted=submitted,
                    count=late,
                    deadline=deadline,
                ),
            )


@rule(
    "R305",
    Severity.ERROR,
    "more than one request for the same host and fiscal year",
    scope="all",
    fires="- {kind: request, id: EX-R}\n- {kind: request, id: EX-R2}\n",
    quiet="- {kind: request, id: EX-R}\n- {kind: request, id: EX-R2, fiscal_year: 2026}\n",
)
def duplicate_request(records: list[Record], ctx: Context) -> Iterator[tuple[Record, Finding]]:
    """Two requests come from the same host for the same fiscal year. Both places are named.

    Why: A host sends one request per fiscal year; a second one is a copy, or a mistyped code or
    year, and would count the host twice in the survey.

    Fix: Remove the copy, or correct the code or the fiscal year.
    """
    for record, other in repeated(records, _host_and_year):
        code, year = record.model.host.code, record.model.fiscal_year
        line, _ = other.raw.start
        message = said.SECOND_REQUEST.of(
            code=code, year=year, first=other.id, file=other.path.name, line=line
        )
        yield record, Finding(("host", "code"), message)


def _host_and_year(record: Record) -> tuple[str, int] | None:
    """A request's host and fiscal year (None for a record of another kind)."""
    model = record.model
    if not isinstance(model, HostRequest):
        return None
    return model.host.code, model.fiscal_year
