"""The allocation-tax measure (交付税措置): the one calculation that `costs`, the reimbursement
return and `diff` all use.

Per fiscal year of arrival: a prefecture gets ordinary allocation tax (普通交付税) of
``prefecture_per_entity`` once, however many trainees it hosts; a designated city or
municipality gets special allocation tax (特別交付税) of ``municipality_base × ratio`` per
trainee, on ``municipality_base_short`` when the acceptance period (arrival to departure, or to
the withdrawal) is under ``short_months``; a host in ``non_grant_bodies`` that year gets none.
Money is int yen throughout; the ratio is an exact Decimal, and a product is rounded down.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from lgotp_cli.config import Config, Rates
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import lasts_at_least
from lgotp_cli.reference.codes import HostType, host_type
from lgotp_cli.reports.common import trainee_year, withdrawal_day


@dataclass(frozen=True, slots=True)
class TraineeMeasure:
    """The allocation tax one trainee's stay brings, and why."""

    kind: str  # ordinary | special | none
    base: int | None  # the special allocation tax base used (None for ordinary / none)
    ratio: Decimal | None
    amount: int | None  # None when no rates apply to the year
    short: bool  # the acceptance period is under short_months
    rates_year: int | None


@dataclass(frozen=True, slots=True)
class HostYearMeasure:
    """A host's allocation tax for the trainees of one fiscal year."""

    code: str
    year: int
    kind: str  # ordinary | special | none
    rates_year: int | None  # the fiscal year whose rates were used; None: no rates at all
    amount: int | None  # None when no rates apply (and the host is not a non-grant body)
    trainees: tuple[tuple[Trainee, TraineeMeasure], ...]


def acceptance_end(trainee: Trainee) -> date:
    """The last day of the acceptance period: the departure, or the withdrawal date."""
    return withdrawal_day(trainee) or trainee.period.departure


def is_short(trainee: Trainee, rates: Rates) -> bool:
    """True when the acceptance period is under ``short_months`` (months counted as always)."""
    return not lasts_at_least(trainee.period.arrival, acceptance_end(trainee), rates.short_months)


def special_amount(base: int, ratio: Decimal) -> int:
    """base × ratio in whole yen, rounded down."""
    return int((Decimal(base) * ratio).to_integral_value(rounding=ROUND_DOWN))


def tax_kind(code: str, year: int, config: Config) -> str:
    """ordinary (prefectures), special (designated cities, municipalities) or none."""
    if code in config.non_grant_bodies.get(year, ()):
        return "none"
    return "ordinary" if host_type(code, year) is HostType.PREFECTURE else "special"


def trainee_measure(trainee: Trainee, config: Config) -> TraineeMeasure:
    """The special allocation tax a trainee brings (or the kind of measure that applies)."""
    year = trainee_year(trainee)
    kind = tax_kind(trainee.host.code, year, config)
    found = config.rates_for(year)
    if found is None:
        return TraineeMeasure(kind, None, None, None, False, None)
    rates_year, rates = found
    short = is_short(trainee, rates)
    if kind != "special":
        return TraineeMeasure(kind, None, None, 0 if kind == "none" else None, short, rates_year)
    base = rates.municipality_base_short if short else rates.municipality_base
    ratio = rates.municipality_ratio
    return TraineeMeasure(kind, base, ratio, special_amount(base, ratio), short, rates_year)


def host_year_measure(
    code: str, year: int, trainees: Iterable[Trainee], config: Config
) -> HostYearMeasure:
    """The allocation tax of host ``code`` for its trainees of fiscal ``year``."""
    measured = tuple((trainee, trainee_measure(trainee, config)) for trainee in trainees)
    kind = tax_kind(code, year, config)
    found = config.rates_for(year)
    if found is None:
        amount = 0 if kind == "none" else None
    elif kind == "ordinary":
        amount = found[1].prefecture_per_entity
    elif kind == "special":
        amount = sum(measure.amount or 0 for _, measure in measured)
    else:
        amount = 0
    return HostYearMeasure(code, year, kind, found[0] if found else None, amount, measured)


def measures_by_host_year(
    trainees: Iterable[Trainee], config: Config
) -> dict[tuple[int, str], HostYearMeasure]:
    """Every host's allocation tax per fiscal year of arrival, keyed by (year, host code)."""
    groups: dict[tuple[int, str], list[Trainee]] = {}
    for trainee in trainees:
        groups.setdefault((trainee_year(trainee), trainee.host.code), []).append(trainee)
    return {
        (year, code): host_year_measure(code, year, members, config)
        for (year, code), members in sorted(groups.items())
    }
