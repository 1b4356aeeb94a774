"""What every report starts from: the records that can be read, and how many could not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.request import HostRequest
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import fiscal_year

if TYPE_CHECKING:
    from lgotp_cli.source.records import Loaded


@dataclass(frozen=True)
class ReportRecords:
    """Records whose files and schema could be read (rule errors do not leave a record out)."""

    trainees: tuple[Trainee, ...]
    dispatches: tuple[Dispatch, ...]
    requests: tuple[HostRequest, ...]
    left_out: int  # records, or files, that could not be read

    def left_out_note(self) -> str | None:
        """The sentence for standard error when records had to be left out."""
        if not self.left_out:
            return None
        what = "record or file" if self.left_out == 1 else "records or files"
        return (
            f"left out {self.left_out} {what} that cannot be read (syntax or schema errors); "
            "run `lgotp validate` to see why."
        )


def read_records(root: Path, on_file: Callable[[Path], None] | None = None) -> ReportRecords:
    """Every readable record under ``root``, by kind."""
    from lgotp_cli.source.records import load_records

    return records_of(load_records(root, on_file))


def records_of(loaded: Loaded) -> ReportRecords:
    """The readable records of what ``load_records`` read, by kind (for a caller that also
    needs the records that cannot be read, as the site does)."""
    models = [record.model for record in loaded.records if record.model is not None]
    unreadable = sum(1 for record in loaded.records if record.model is None)
    broken_files = len(loaded.broken_files)
    return ReportRecords(
        trainees=tuple(m for m in models if isinstance(m, Trainee)),
        dispatches=tuple(m for m in models if isinstance(m, Dispatch)),
        requests=tuple(m for m in models if isinstance(m, HostRequest)),
        left_out=unreadable + broken_files,
    )


def trainee_year(trainee: Trainee) -> int:
    """A trainee's fiscal year: that of the arrival."""
    return fiscal_year(trainee.period.arrival)


def dispatch_year(dispatch: Dispatch) -> int:
    """A dispatch's fiscal year: that of the departure."""
    return fiscal_year(dispatch.period.departure)


def withdrawal_day(trainee: Trainee) -> date | None:
    """The day a withdrawn trainee left the programme (None for any other trainee): what was
    planned after it is not an event any more."""
    if trainee.status == "withdrawn" and trainee.withdrawal and trainee.withdrawal.date:
        return trainee.withdrawal.date
    return None


def host_name(code: str, given: str | None, lang: str, fiscal_year: int | None = None) -> str:
    """The host's name as a report shows it in ``fiscal_year`` (see
    ``reference.host_names.display_name``)."""
    from lgotp_cli.reference.host_names import display_name

    return display_name(code, given, lang, fiscal_year)
