"""T rules: one LGOTP trainee's stay and its phases (T101–T107); who the trainee is and the
terms of the stay (T110–T119) are in ``trainee_terms``.

Examples are YAML laid over a valid trainee (``rules/examples.py``) as of 2025-06-01.
"""

from __future__ import annotations

from collections.abc import Iterator

from lgotp_cli.i18n.messages import trainee as said
from lgotp_cli.i18n.record_words import PHASE_IN_A_SENTENCE
from lgotp_cli.models.record import Finding
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule
from lgotp_cli.rules.shared import days_outside, longer_than, shorter_than

PHASES = ("tokyo_orientation", "jiam", "specialized")


def stay_text(t: Trainee) -> str:
    """The stay as people read it: arrival → departure."""
    return f"{t.period.arrival} → {t.period.departure}"


@rule(
    "T101",
    Severity.ERROR,
    "stay (arrival → departure) shorter than 6 months, unless withdrawn",
    scope="trainee",
    reads=("period", "status"),
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
    if t.status == "withdrawn" or departure < arrival:
        return
    short = shorter_than(arrival, departure, ctx.policy.trainee_months.min)
    if short:
        yield Finding(("period", "departure"), said.STAY_TOO_SHORT.of(stay=stay_text(t), **short))


@rule(
    "T102",
    Severity.ERROR,
    "stay longer than 12 months",
    scope="trainee",
    reads=("period",),
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
    long = longer_than(t.period.arrival, t.period.departure, ctx.policy.trainee_months.max)
    if long:
        yield Finding(("period", "departure"), said.STAY_TOO_LONG.of(stay=stay_text(t), **long))


@rule(
    "T103",
    Severity.ERROR,
    "departure before arrival, or a phase ending before it starts",
    scope="trainee",
    reads=("period",),
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
            said.DEPARTURE_BEFORE_ARRIVAL.of(
                departure=t.period.departure, arrival=t.period.arrival
            ),
        )
    for name in PHASES:
        phase = getattr(t.period, name)
        if phase is not None and phase.end < phase.start:
            yield Finding(
                ("period", name, "end"),
                said.PHASE_REVERSED.of(
                    phase=PHASE_IN_A_SENTENCE[name], end=phase.end, start=phase.start
                ),
            )


@rule(
    "T104",
    Severity.ERROR,
    "a phase outside the stay, or phases overlapping or out of order",
    scope="trainee",
    reads=("period",),
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
                said.PHASE_BEFORE_ARRIVAL.of(
                    phase=PHASE_IN_A_SENTENCE[name], start=phase.start, arrival=period.arrival
                ),
            )
        if phase.end > period.departure:
            yield Finding(
                ("period", name, "end"),
                said.PHASE_AFTER_DEPARTURE.of(
                    phase=PHASE_IN_A_SENTENCE[name], end=phase.end, departure=period.departure
                ),
            )
        if previous is not None:
            before_name, before = previous
            if phase.start <= before.end:
                yield Finding(
                    ("period", name, "start"),
                    said.PHASES_OVERLAP.of(
                        phase=PHASE_IN_A_SENTENCE[name],
                        start=phase.start,
                        before=PHASE_IN_A_SENTENCE[before_name],
                        before_end=before.end,
                    ),
                )
        previous = (name, phase)


@rule(
    "T105",
    Severity.WARNING,
    "JIAM language training not about one month (outside 21–45 days)",
    scope="trainee",
    reads=("period",),
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
    jiam, bounds = t.period.jiam, ctx.policy.jiam_days
    days = days_outside(jiam.start, jiam.end, bounds) if jiam is not None else None
    if days is not None:
        yield Finding(
            ("period", "jiam", "end"),
            said.JIAM_LENGTH.of(
                start=jiam.start, end=jiam.end, days=days, minimum=bounds.min, maximum=bounds.max
            ),
        )


@rule(
    "T106",
    Severity.ERROR,
    "specialised training longer than 11 months (error), or shorter than 5 unless withdrawn "
    "(warning)",
    scope="trainee",
    reads=("period", "status"),
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
    span = {"start": phase.start, "end": phase.end}
    short = None if t.status == "withdrawn" else shorter_than(phase.start, phase.end, bounds.min)
    if short:
        message = said.SPECIALIZED_SHORT.of(**span, **short)
        yield Finding(("period", "specialized", "end"), message, lesser=True)
    elif long := longer_than(phase.start, phase.end, bounds.max):
        yield Finding(("period", "specialized", "end"), said.SPECIALIZED_LONG.of(**span, **long))


@rule(
    "T107",
    Severity.WARNING,
    "no Tokyo orientation, or none before JIAM",
    scope="trainee",
    reads=("period",),
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
            said.NO_ORIENTATION.of(keys="tokyo_orientation {start, end}"),
        )
    elif jiam is not None and orientation_phase.start >= jiam.start:
        yield Finding(
            ("period", "tokyo_orientation", "start"),
            said.ORIENTATION_NOT_FIRST.of(start=orientation_phase.start, jiam_start=jiam.start),
        )
