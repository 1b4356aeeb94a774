"""Filled survey forms as request records: each form read (``forms.reader``) becomes the
request of its host and fiscal year: a new record file (``requests/<year>/REQ-<year>-<code>.yaml``)
or, with ``update``, the host's existing record changed value by value in place
(``sheets.update``); a form that says what the record says changes nothing. Only the keys the
forms hold (``layout.FORM_KEYS``) are compared and changed.

Every form is checked by every rule, with the records already there, before anything is
written; the rules' findings are reported at the form's cells. Nothing is written here: the
result is a ``Planned``, as a sheet's import is (``sheets.importer``).
"""

from __future__ import annotations

import copy
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from lgotp_cli.diagnostics import Diagnostic, Severity, display_path
from lgotp_cli.forms.layout import FORM_KEYS, FORMS, LAYOUT, MARKER_SHEET, VALUE_COLUMN
from lgotp_cli.forms.reader import FormRead, read_form
from lgotp_cli.i18n import form_words
from lgotp_cli.i18n.text import Said
from lgotp_cli.keys import key_path
from lgotp_cli.models.record import Record, build_record
from lgotp_cli.sheets.importer import Planned, record_yaml
from lgotp_cli.sheets.update import CannotUpdate, plan_update
from lgotp_cli.source.model import Position, RawRecord

# A form's cells as positions of the one record it makes: the line is the form's number times
# _SHEET_LINES plus the row, so that cells of different sheets never meet; they are put back
# to (sheet, row, column) once the rules have run.
_SHEET_LINES = 10_000


@dataclass(frozen=True, slots=True)
class FormLocator:
    """Where each of a form record's values stands: its cell, as a position (see above)."""

    positions: dict[tuple, Position]

    def value(self, path) -> Position | None:
        return self.positions.get(tuple(path))

    def key(self, path) -> Position | None:
        return self.positions.get(tuple(path))


def _position(form: str, row: int) -> Position:
    return ((FORMS.index(form) + 1) * _SHEET_LINES + row, VALUE_COLUMN)


def _positions(form: FormRead) -> dict[tuple, Position]:
    """Each key path's cell: the cells the answers came from, then the layout's cell of every
    key (an empty cell is where a missing answer goes), then each enclosing key's first cell."""
    positions = {path: _position(*cell) for path, cell in form.cells.items()}
    for row in LAYOUT:
        if row.key is None:
            continue
        path = row.key_path
        for length in range(len(path), 0, -1):
            positions.setdefault(path[:length], _position(row.form, row.row))
    return positions


def _start(form: FormRead) -> Position:
    """Where a finding about the whole request goes: Form 1's intention."""
    return next(_position(row.form, row.row) for row in LAYOUT if row.key == "intention")


def _cell_of(form: FormRead, position: tuple[int, int]) -> tuple[Path, int, int] | None:
    sheet, row = divmod(position[0], _SHEET_LINES)
    if not 1 <= sheet <= len(FORMS):
        return None
    return form.sheet_label(FORMS[sheet - 1]), row, position[1]


def form_record(form: FormRead, base: dict, record_id: str) -> Record:
    """The request record ``form`` makes: ``base`` (an existing record's values, or nothing)
    with every key the forms hold replaced by the form's answer (or removed when it has none)."""
    data = copy.deepcopy(base)
    for key in FORM_KEYS:
        _remove(data, key_path(key))
    for key, value in form.values.items():
        _put(data, key_path(key), value)
    _prune(data)
    data["id"] = record_id
    data["fiscal_year"] = str(form.fiscal_year)
    host = data.get("host") if isinstance(data.get("host"), dict) else {}
    data["host"] = {**host, "code": form.host}
    ordered = {key: data.pop(key) for key in ("id", "fiscal_year", "host")} | data
    raw = RawRecord(form.path, "request", ordered, FormLocator(_positions(form)), 0, _start(form))
    return build_record(raw)


def _remove(data: dict, path: tuple) -> None:
    node = data
    for step in path[:-1]:
        node = node.get(step) if isinstance(node, dict) else None
    if isinstance(node, dict):
        node.pop(path[-1], None)


def _put(data: dict, path: tuple, value) -> None:
    node = data
    for step in path[:-1]:
        if not isinstance(node.get(step), dict):
            node[step] = {}
        node = node[step]
    node[path[-1]] = value


def _prune(data: dict) -> None:
    """Drop the mappings the form left empty (Form 2 unanswered: no ``selection``)."""
    for key in {key_path(key)[0] for key in FORM_KEYS}:
        if data.get(key) == {}:
            del data[key]


def _requests_by_host(existing: list[Record]) -> dict[tuple[str, str], list[Record]]:
    """The request records by (host code, fiscal year), as their files say them."""
    found: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in existing:
        data = record.raw.data
        host = data.get("host")
        code = host.get("code") if isinstance(host, dict) else None
        year = data.get("fiscal_year")
        if record.kind == "request" and isinstance(code, str) and isinstance(year, str):
            found[(code.strip(), year.strip())].append(record)
    return found


@dataclass
class _Plan:
    """What the forms make, while it is being worked out."""

    root: Path
    lang: str
    update: bool
    planned: Planned
    forms: dict[Path, FormRead]
    new: list[Record]
    replaced: dict[int, Record]
    problems: list[Diagnostic]

    def problem(self, form: FormRead, key: str, record_id: str | None, said: Said) -> None:
        """An import problem (X301, as a sheet's) at the cell of ``key`` on ``form``."""
        line, column = _positions(form).get(key_path(key), _start(form))
        sheet, row, column = _cell_of(form, (line, column))
        self.problems.append(
            Diagnostic(
                sheet, row, column, Severity.ERROR, "X301", record_id, said.in_(self.lang), said
            )
        )


def plan_forms(
    paths: list[Path],
    root: Path,
    existing: list[Record],
    ctx,
    *,
    host: str | None = None,
    update: bool = False,
) -> Planned:
    """Read, check and place every form of ``paths``; nothing is written here. ``host``: the
    only host whose forms may be imported. UnreadableSheet when a file is not a workbook."""
    from lgotp_cli.rules.engine import check
    from lgotp_cli.source.records import Loaded

    plan = _Plan(root, ctx.lang, update, Planned(), {}, [], {}, [])
    read_problems = []
    files: list[Path] = []
    by_host = _requests_by_host(existing)
    seen: dict[tuple[str, int], Path] = {}
    for path in paths:
        form = read_form(path)
        files += [path, form.label(MARKER_SHEET), *(form.sheet_label(name) for name in FORMS)]
        plan.planned.records += 1
        if form.problems:
            read_problems += form.problems
            continue
        plan.forms[path] = form
        if host is not None and form.host != host:
            said = form_words.OTHER_HOST.of(host=form.host, wanted=host)
            plan.problem(form, "host.code", None, said)
            continue
        key = (form.host, form.fiscal_year)
        if key in seen:
            said = form_words.TWO_FORMS.of(
                other=seen[key].name, host=form.host, fiscal_year=form.fiscal_year
            )
            plan.problem(form, "host.code", None, said)
            continue
        seen[key] = path
        _place(form, by_host.get((form.host, str(form.fiscal_year)), []), plan)
    checked = [plan.replaced.get(id(record), record) for record in existing] + plan.new
    found = check(Loaded(checked, read_problems, files), ctx, only=files)
    plan.planned.diagnostics = _in_order(
        [_at_cell(diagnostic, plan.forms) for diagnostic in found] + plan.problems, files
    )
    return plan.planned


def _place(form: FormRead, records: list[Record], plan: _Plan) -> None:
    """The form as a new record file, or as a change to the host's record."""
    new_id = f"REQ-{form.fiscal_year}-{form.host}"
    if len(records) > 1:
        files = ", ".join(display_path(record.path) for record in records)
        said = form_words.TWO_RECORDS.of(
            count=len(records), host=form.host, fiscal_year=form.fiscal_year, files=files
        )
        plan.problem(form, "host.code", None, said)
        return
    if records:
        _change(form, records[0], plan)
        return
    record = form_record(form, {}, new_id)
    plan.new.append(record)
    if record.model is None:
        return  # its schema findings are reported by the check
    target = plan.root / "requests" / str(form.fiscal_year) / f"{new_id}.yaml"
    text = record_yaml(record)
    if target.exists():
        if _holds(target, text):  # written by an import that was stopped: done already
            plan.planned.unchanged.append(new_id)
        else:
            plan.problem(form, "host.code", new_id, form_words.FILE_EXISTS.of(path=target))
        return
    plan.planned.files.append((target, text))


def _change(form: FormRead, existing: Record, plan: _Plan) -> None:
    record_id = existing.id or f"REQ-{form.fiscal_year}-{form.host}"
    record = form_record(form, existing.raw.data, record_id)
    plan.replaced[id(existing)] = record  # the rules see the form in the record's place
    try:
        change = plan_update(record, existing, list(FORM_KEYS))
    except CannotUpdate as error:
        said = form_words.CANNOT_UPDATE.of(path=existing.path, reason=error.reason)
        plan.problem(form, "host.code", record_id, said)
        return
    if change is None:
        plan.planned.unchanged.append(record_id)
    elif not plan.update:
        keys = ", ".join(value.key for value in change.changes)
        said = form_words.CHANGES_WITHOUT_UPDATE.of(path=existing.path, keys=keys)
        plan.problem(form, change.changes[0].key, record_id, said)
    else:
        plan.planned.updates.append(change)


def _holds(path: Path, text: str) -> bool:
    try:
        return path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False


def _at_cell(diagnostic: Diagnostic, forms: dict[Path, FormRead]) -> Diagnostic:
    """A finding about a form's record, put back at the form's sheet and cell."""
    form = forms.get(diagnostic.file)
    cell = _cell_of(form, (diagnostic.line, diagnostic.column)) if form else None
    if cell is None:
        return diagnostic
    sheet, row, column = cell
    return replace(diagnostic, file=sheet, line=row, column=column)


def _in_order(diagnostics: list[Diagnostic], files: list[Path]) -> list[Diagnostic]:
    """By form and sheet as the forms were given, then by cell and code."""
    order = {path: index for index, path in enumerate(files)}
    return sorted(
        diagnostics,
        key=lambda d: (order.get(d.file, len(order)), str(d.file), d.line, d.column, d.code),
    )
