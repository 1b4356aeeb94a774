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
from lgotp_cli.errors import Sentence
from lgotp_cli.i18n import record_file_words as said
from lgotp_cli.i18n.messages import excel as excel_words
from lgotp_cli.i18n.spoken import Listed
from lgotp_cli.i18n.text import Said
from lgotp_cli.models.record import Record, build_record
from lgotp_cli.render.guard import is_formula_like
from lgotp_cli.sheets.excel_readings import read_as_excel_wrote
from lgotp_cli.sheets.update import CannotUpdate, Update, plan_update, replace_record_file
from lgotp_cli.sheets.workbook_reader import ReadLimits, cell_text, check_package, sheet_rows
from lgotp_cli.source.csv_sheet import load_csv
from lgotp_cli.source.discover import FOLDER_OF_KIND
from lgotp_cli.source.loader import FileProblem, decode
from lgotp_cli.source.model import SourceText


class ImportError_(Sentence, ValueError):
    """The sheet cannot be imported as asked; the message is one sentence for the user."""


@dataclass
class Planned:
    """What an import would do: the files to write, and every problem found."""

    files: list[tuple[Path, str]] = field(default_factory=list)  # (path, YAML text)
    updates: list[Update] = field(default_factory=list)  # existing files, changed in place
    unchanged: list[str] = field(default_factory=list)  # ids of rows their records match
    notes: list = field(default_factory=list)  # Said: values read as Excel wrote them
    diagnostics: list[Diagnostic] = field(default_factory=list)
    records: int = 0
    lang: str = "en"  # the language the problems are said in

    def row_problem(self, record: Record, message: Said) -> None:
        """An error of ``record``'s row (X301), at the row's first cell."""
        line, column = record.raw.start
        self.diagnostics.append(
            Diagnostic(
                record.path,
                line,
                column,
                Severity.ERROR,
                "X301",
                record.id,
                message.in_(self.lang),
                message,
            )
        )

    @property
    def errors(self) -> int:
        return sum(1 for d in self.diagnostics if d.severity is Severity.ERROR)


def sheet_texts(
    path: Path, sheet: str | None = None, notes: list | None = None
) -> list[tuple[Path, str]]:
    """Each sheet to import as CSV text, with the name its problems are reported under: a CSV
    file as it is; of a workbook the ``sheet`` named, else every sheet named after a record
    kind (as `lgotp export` writes them), else the first. Cells as text: Excel dates as ISO
    dates, whole numbers without a decimal point, booleans as true/false."""
    if path.suffix.lower() == ".csv":
        data = path.read_bytes()
        try:
            return [(path, decode(data).text)]
        except FileProblem as stop:
            text = _as_cp932(data)
            if text is None:
                raise ImportError_(
                    said.SHEET_UNREADABLE.of(path=path, problem=stop.problem.message)
                ) from None
            if notes is not None:
                notes.append(excel_words.READ_AS_CP932.of(file=path.name))
            return [(path, text)]
    if path.suffix.lower() != ".xlsx":
        raise ImportError_(said.NOT_A_SHEET.of(name=path.name))
    from openpyxl import load_workbook

    limits = ReadLimits()
    check_package(path, limits)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportError_(said.WORKBOOK_UNREADABLE.of(path=path, error=error)) from None
    try:
        if sheet is not None and sheet not in workbook.sheetnames:
            sheets = Listed.of(workbook.sheetnames)
            raise ImportError_(said.NO_SUCH_SHEET.of(name=path.name, sheet=sheet, sheets=sheets))
        if sheet is not None:
            chosen = [sheet]
        else:
            chosen = [name for name in workbook.sheetnames if name in FOLDER_OF_KIND]
            chosen = chosen or workbook.sheetnames[:1]
        texts = []
        for name in chosen:
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer, lineterminator="\n")
            for row in sheet_rows(workbook[name], path.name, limits):
                writer.writerow([cell_text(value) for value in row])
            label = path if len(chosen) == 1 else path.with_name(f"{path.name}[{name}]")
            texts.append((label, buffer.getvalue()))
    finally:
        workbook.close()
    return texts


def _as_cp932(data: bytes) -> str | None:
    """The text of a CSV file saved by Japanese Excel (Shift_JIS as Windows has it), or None
    when the bytes are not that either."""
    try:
        text = data.decode("cp932")
    except UnicodeDecodeError:
        return None
    return text if "\x00" not in text else None


def sheet_text(path: Path, sheet: str | None = None) -> str:
    """The first sheet ``sheet_texts`` reads, as CSV text."""
    return sheet_texts(path, sheet)[0][1]


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
    update: bool = False,
) -> Planned:
    """Read, check and place every row of ``sheet``: a row whose ``id`` names no record is a
    new record file; one that names a record and says the same is left as it is; one that
    changes it is an update (with ``update``; else an error). Nothing is written here."""
    from lgotp_cli.rules.engine import check
    from lgotp_cli.source.records import Loaded, ReadProblem

    planned = Planned(lang=ctx.lang)
    rows: list[tuple[Record, list[str]]] = []
    problems: list[ReadProblem] = []
    labels = []
    for label, text in sheet_texts(sheet, sheet_name, planned.notes):
        labels.append(label)
        kinds = _kinds(text, kind)
        columns = [cell.strip() for cell in next(csv.reader(io.StringIO(text)), [])]
        for row_kind in kinds:
            raw_file = load_csv(label, row_kind, SourceText(_only_kind(text, row_kind, kinds)))
            problems.extend(ReadProblem(label, problem) for problem in raw_file.problems)
            for raw in raw_file.records:
                raw.data = _unguard({k: v for k, v in raw.data.items() if k != "kind"})
                planned.notes += read_as_excel_wrote(raw, str(label))
                rows.append((build_record(raw), columns))
    planned.records = len(rows)
    by_id: dict[str, list[Record]] = {}
    for record in existing:
        if record.id:
            by_id.setdefault(record.id, []).append(record)
    replaced: dict[int, Record] = {}
    new: list[Record] = []
    for record, columns in rows:
        matches = by_id.get(record.id, []) if record.id else []
        if not matches:
            new.append(record)
            continue
        problem = _against_existing(record, matches, columns, update, planned, replaced)
        if problem:
            planned.row_problem(record, problem)
    checked = [replaced.get(id(record), record) for record in existing] + new
    only = [*labels, *(update.path for update in planned.updates)]
    # Only what the sheet brings: the repository's own problems are `lgotp validate`'s.
    planned.diagnostics += check(Loaded(checked, problems, labels), ctx, only=only)
    _place_new(new, root, planned)
    return planned


def _against_existing(record, matches, columns, update, planned, replaced) -> Said | None:
    """Compare a row with the record its id names; the problem as a phrase, or None."""
    if len(matches) > 1:
        files = Listed.of(match.path for match in matches)
        return said.ID_NAMES_RECORDS.of(id=record.id, count=len(matches), files=files)
    path = matches[0].path
    try:
        change = plan_update(record, matches[0], columns)
    except CannotUpdate as error:
        return said.ROW_CANNOT_UPDATE.of(path=path, reason=error.reason)
    if change is None:
        planned.unchanged.append(record.id)
        return None
    if not update:
        keys = Listed.of(c.key for c in change.changes)
        return said.ROW_CHANGES_WITHOUT_UPDATE.of(path=path, id=record.id, keys=keys)
    planned.updates.append(change)
    replaced[id(matches[0])] = change.record
    return None


def _place_new(new: list[Record], root: Path, planned: Planned) -> None:
    """The file of each new record; a file that holds the same text already is no change."""
    from lgotp_cli.months import fiscal_year

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
        text = record_yaml(record)
        if path in targets:
            planned.row_problem(record, said.TWO_ROWS_ONE_FILE.of(path=path))
            continue
        if path.exists():
            if _same_file(path, text):  # written by an import that was stopped: done already
                planned.unchanged.append(model.id)
                continue
            planned.row_problem(record, said.RECORD_FILE_EXISTS.of(path=path))
            continue
        targets[path] = text
    planned.files = sorted(targets.items())


def _same_file(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _kinds(text: str, kind: str | None) -> list[str]:
    header = next(csv.reader(io.StringIO(text)), [])
    names = [cell.strip() for cell in header]
    if "kind" not in names:
        if kind is None:
            raise ImportError_(said.NO_KIND_COLUMN.of())
        return [kind]
    index = names.index("kind")
    found = {
        row[index].strip()
        for row in list(csv.reader(io.StringIO(text)))[1:]
        if len(row) > index and row[index].strip()
    }
    unknown = found - set(FOLDER_OF_KIND)
    if unknown:
        raise ImportError_(said.UNKNOWN_KIND_IN_COLUMN.of(kind=sorted(unknown)[0]))
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
    """Write every planned file, each whole: new files never replace one, and an updated file
    is replaced only while it still holds what the plan read. On any failure, what was written
    is taken back (new files removed, updated ones restored) and OutputError says why."""
    from lgotp_cli.output.files import OutputError, create_new

    written: list[Path] = []
    restored: list[tuple[Path, str]] = []
    try:
        for change in planned.updates:
            replace_record_file(change.path, change.old_text, change.new_text)
            restored.append((change.path, change.old_text))
            written.append(change.path)
        for path, text in planned.files:
            try:
                create_new(path, text.encode("utf-8"))
            except FileExistsError:  # made since the plan was checked
                raise OutputError(said.IMPORT_FILE_TAKEN.of(path=path)) from None
            written.append(path)
    except BaseException:
        updated = {path for path, _ in restored}
        for path in written:
            if path not in updated:
                path.unlink(missing_ok=True)
        for path, text in restored:
            replace_record_file(path, None, text)
        raise
    return written
