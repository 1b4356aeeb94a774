"""What every report starts from: the records that can be read, and how many could not."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lgotp_cli.i18n import report_words
from lgotp_cli.i18n.text import Said
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.request import HostRequest
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import fiscal_year

if TYPE_CHECKING:
    from lgotp_cli.i18n.text import Said
    from lgotp_cli.source.records import Loaded


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A file whose records (or some of them) could not be read, and the codes of why."""

    file: str  # relative to the records root, as `lgotp validate` names it
    codes: tuple[str, ...]

    def in_(self, lang: str) -> str:
        """``trainees/x.yaml (L002)``, or ``trainees/x.yaml（L002）`` in Japanese."""
        return report_words.LEFT_OUT_FILE(lang, file=self.file, codes=", ".join(self.codes))


# How many left-out files an output names before it says how many more there are.
LEFT_OUT_NAMED = 5


@dataclass(frozen=True)
class ReportRecords:
    """Records whose files and schema could be read (rule errors do not leave a record out)."""

    trainees: tuple[Trainee, ...]
    dispatches: tuple[Dispatch, ...]
    requests: tuple[HostRequest, ...]
    left_out: int  # records, or files, that could not be read
    left_out_files: tuple[LeftOut, ...] = ()

    def left_out_said(self) -> Said | None:
        """What an output for people says inside itself, next to its totals, when records had
        to be left out: how many, the files and the codes of why; None when none were."""
        if not self.left_out:
            return None
        named = list(self.left_out_files[:LEFT_OUT_NAMED])
        more = len(self.left_out_files) - len(named)
        return report_words.LEFT_OUT_IN_OUTPUT.of(
            self.left_out,
            files=named,
            more=report_words.LEFT_OUT_MORE.of(count=more) if more else "",
        )

    def left_out_note(self) -> Said | None:
        """The sentence for standard error when records had to be left out (to be said in
        the command's language)."""
        if not self.left_out:
            return None
        from lgotp_cli.i18n import note_words

        return note_words.LEFT_OUT.of(self.left_out)


def read_records(root: Path, on_file: Callable[[Path], None] | None = None) -> ReportRecords:
    """Every readable record under ``root``, by kind."""
    from lgotp_cli.source.records import load_records

    return records_of(load_records(root, on_file), root)


def records_of(loaded: Loaded, root: Path | None = None) -> ReportRecords:
    """The readable records of what ``load_records`` read, by kind (for a caller that also
    needs the records that cannot be read, as the site does); files are named relative to
    ``root`` when given."""
    models = [record.model for record in loaded.records if record.model is not None]
    unreadable = [record for record in loaded.records if record.model is None]
    broken_files = loaded.broken_files
    codes: dict[Path, set[str]] = {}
    for found in loaded.file_problems:
        if found.path in broken_files:
            codes.setdefault(found.path, set()).add(found.problem.code)
    for record in unreadable:
        found_codes = {finding.code for finding in record.schema_findings if finding.code}
        codes.setdefault(record.path, set()).update(found_codes or {"S103"})
    left_out_files = tuple(
        LeftOut(_named(path, root), tuple(sorted(found))) for path, found in sorted(codes.items())
    )
    return ReportRecords(
        trainees=tuple(m for m in models if isinstance(m, Trainee)),
        dispatches=tuple(m for m in models if isinstance(m, Dispatch)),
        requests=tuple(m for m in models if isinstance(m, HostRequest)),
        left_out=len(unreadable) + len(broken_files),
        left_out_files=left_out_files,
    )


def _named(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


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
