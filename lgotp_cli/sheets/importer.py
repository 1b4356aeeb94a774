"""`lgotp import`: a CSV or XLSX sheet (one row a record, dotted column names) into record files.

Every row is read as a CSV sheet record is read (the same positions: the row's line and the
cell's column), checked by every rule together with the records already in the repository,
and only when no row has an error are the files written: all of them, or none.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from lgotp_cli.diagnostics import Diagnostic, Severity
from lgotp_cli.models.record import Record, build_record
from lgotp_cli.render.guard import is_formula_like
from lgotp_cli.sheets.workbook_reader import ReadLimits, cell_text, check_package, sheet_rows
from lgotp_cli.source.csv_sheet import load_csv
from lgotp_cli.source.discover import FOLDER_OF_KIND
from lgotp_cli.source.loader import FileProblem, decode
from lgotp_cli.source.model import SourceText


class ImportError_(ValueError):
    """The sheet cannot be imported as asked; the message is one sentence for the user."""


@dataclass
class Planned:
    """What an import would do: the files to write, and every problem found."""

    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, YAML text)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    records: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)


def sheet_text(path: Path, sheet: str | None = None) -> str:
    """The sheet as CSV text: a CSV file as it is; an XLSX sheet's cells as text (Excel dates
    as ISO dates, whole numbers without a decimal point)."""
    if path.suffix.lower() == ".csv":
        try:
            return decode(path.read_bytes()).text
        except FileProblem as stop:
            raise ImportError_(f"{path}: {stop.problem.message}") from None
    if path.suffix.lower() != ".xlsx":
        raise ImportError_(f"{path.name} is neither a .csv nor an .xlsx sheet.")
    from openpyxl import load_workbook

    limits = ReadLimits()
    check_package(path, limits)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportError_(f"{path} is not a readable .xlsx workbook ({error}).") from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            raise ImportError_(
                f"{path.name} has no sheet '{sheet}'; its sheets are "
                f"{', '.join(workbook.sheetnames)}."
            )
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\n")
        for row in sheet_rows(worksheet, path.name, limits):
            writer.writerow([cell_text(value) for value in row])
    finally:
        workbook.close()
    return buffer.getvalue()


def _unguard(data):
    """Take off the apostrophe the formula guard put before text a spreadsheet would run."""
    if isinstance(data, dict):
        return {key: _unguard(value) for key, value in data.items()}
    if isinstance(data, list):
        return [_unguard(value) for value in data]
    if isinstance(data, str) and data.startswith("'") and is_formula_like(data[1:]):
        return data[1:]
    return data


def plan_import(
    sheet: Path,
    root: Path,
    existing: list[Record],
    ctx,
    *,
    kind: str | None,
    sheet_name: str | None = None,
) -> Planned:
    """Read, check and place every row of ``sheet``; nothing is written here."""
    from lgotp_cli.months import fiscal_year
    from lgotp_cli.rules.engine import check
    from lgotp_cli.source.records import Loaded, ReadProblem

    text = sheet_text(sheet, sheet_name)
    kinds = _kinds(text, kind)
    planned = Planned()
    new: list[Record] = []
    problems: list[ReadProblem] = []
    for row_kind in kinds:
        raw_file = load_csv(sheet, row_kind, SourceText(_only_kind(text, row_kind, kinds)))
        problems.extend(ReadProblem(sheet, problem) for problem in raw_file.problems)
        for raw in raw_file.records:
            raw.data = _unguard({k: v for k, v in raw.data.items() if k != "kind"})
            new.append(build_record(raw))
    planned.records = len(new)
    # Only what the sheet brings: the repository's own problems are `lgotp validate`'s.
    planned.diagnostics = check(Loaded([*existing, *new], problems, [sheet]), ctx, only=[sheet])
    targets: dict[Path, str] = {}
    for record in new:
        model = record.model
        if model is None:
            continue
        day = (
            model.period.arrival
            if record.kind == "trainee"
            else (model.period.departure if record.kind == "dispatch" else None)
        )
        year = fiscal_year(day) if day else model.fiscal_year
        path = root / FOLDER_OF_KIND[record.kind] / str(year) / f"{model.id}.yaml"
        if path.exists() or path in targets:
            line, column = record.raw.start
            planned.diagnostics.append(
                Diagnostic(
                    sheet,
                    line,
                    column,
                    Severity.ERROR,
                    "X301",
                    model.id,
                    f"{path} exists already; import never replaces a record file (change the id, "
                    "or remove the row)",
                )
            )
            continue
        targets[path] = record_yaml(record)
    planned.files = sorted(targets.items())
    return planned


def _kinds(text: str, kind: str | None) -> list[str]:
    header = next(csv.reader(io.StringIO(text)), [])
    names = [cell.strip() for cell in header]
    if "kind" not in names:
        if kind is None:
            raise ImportError_(
                "the sheet has no `kind` column: say which records it holds with --kind "
                "trainee, dispatch or request."
            )
        return [kind]
    index = names.index("kind")
    found = {
        row[index].strip()
        for row in list(csv.reader(io.StringIO(text)))[1:]
        if len(row) > index and row[index].strip()
    }
    unknown = found - set(FOLDER_OF_KIND)
    if unknown:
        raise ImportError_(
            f"the `kind` column holds '{sorted(unknown)[0]}'; kinds are trainee, "
            "dispatch and request."
        )
    if kind is not None:
        return [kind]
    return sorted(found) or ["trainee"]


def _only_kind(text: str, kind: str, kinds: list[str]) -> str:
    """The sheet with the rows of other kinds blanked (their lines kept, so positions hold)."""
    if len(kinds) == 1:
        return text
    rows = list(csv.reader(io.StringIO(text)))
    index = [cell.strip() for cell in rows[0]].index("kind")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(rows[0])
    for row in rows[1:]:
        same = len(row) > index and row[index].strip() == kind
        writer.writerow(row if same else [""] * len(row))
    return buffer.getvalue()


def record_yaml(record: Record) -> str:
    """A record file's text: keys in the model's order, codes quoted, dates plain."""
    import yaml

    data = record.model.model_dump(mode="python", by_alias=True, exclude_none=True)
    return yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )


def write_all(planned: Planned) -> list[Path]:
    """Write every planned file, each whole and never replacing one; on any failure remove what
    was written (OutputError: one sentence)."""
    from lgotp_cli.output.files import OutputError, create_new

    written: list[Path] = []
    try:
        for path, text in planned.files:
            try:
                create_new(path, text.encode("utf-8"))
            except FileExistsError:  # made since the plan was checked
                raise OutputError(
                    f"{path} already exists; lgotp import never replaces a file: nothing was "
                    "imported."
                ) from None
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return written
