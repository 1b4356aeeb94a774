"""A sheet's row against the record it names (by ``id``): which values changed, and the record
file's text with only those values changed (``source.yaml_edit``), so that `git diff` after
`lgotp import --update` shows the edited values and nothing else.

Only the sheet's own columns are compared: a key the sheet has no column for is left as it is;
an empty cell in a column the sheet has removes that key's value. A record is never deleted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lgotp_cli.i18n import record_file_words as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.keys import flatten, key_path
from lgotp_cli.models.record import Record, build_record
from lgotp_cli.source.loader import FileProblem, load_yaml, read_text
from lgotp_cli.source.model import SourceText
from lgotp_cli.source.yaml_edit import Change, EditError, apply_changes

LIST_SEPARATOR = ";"


@dataclass(frozen=True, slots=True)
class ValueChange:
    """One value of a record that the sheet changes: ``old`` or ``new`` None when absent."""

    key: str  # dotted, as the sheet's column names it
    old: str | None
    new: str | None


@dataclass
class Update:
    """What a row changes in an existing record file."""

    record_id: str
    path: Path
    old_text: str
    new_text: str
    changes: list[ValueChange] = field(default_factory=list)
    record: Record | None = None  # the record as the new text reads, for the rules


class CannotUpdate(ValueError):
    """The record cannot be changed in place: ``reason`` says why, as a phrase (a ``Said`` in
    any language, or the loader's English where the catalogue has no words for it)."""

    def __init__(self, reason: str | Said) -> None:
        super().__init__(str(reason))
        self.reason = reason


def changed_values(row: Record, existing: Record, columns: list[str]) -> list[ValueChange]:
    """The values of ``columns`` (the sheet's dotted keys) in which ``row`` differs from
    ``existing``, compared as the text each holds (lists as ``a; b``)."""
    new_values = flatten(row.raw.data)
    old_values = flatten(existing.raw.data)
    changes = []
    for column in columns:
        if column in ("", "kind"):
            continue
        old, new = old_values.get(column), new_values.get(column)
        if old != new and not _same_list(old, new):
            changes.append(ValueChange(column, old, new))
    # Keys under a column that the sheet clears: `contact` empty while contact.email is set.
    return changes


def _same_list(old: str | None, new: str | None) -> bool:
    if old is None or new is None:
        return False
    return _items(old) == _items(new)


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def plan_update(row: Record, existing: Record, columns: list[str]) -> Update | None:
    """The update ``row`` makes to ``existing``'s file; None when nothing changes. CannotUpdate
    when the record is not alone in a YAML file of its own making (a list file's item or a CSV
    sheet's row is changed there) or a value cannot be changed in place."""
    changes = changed_values(row, existing, columns)
    if not changes:
        return None
    path = existing.path
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise CannotUpdate(said.UPDATE_IN_SHEET.of(name=path.name))
    prefix: tuple = () if existing.raw.index is None else (existing.raw.index,)
    try:
        old_text = read_text(path)
    except FileProblem as stop:
        raise CannotUpdate(stop.problem.message) from None
    edits = [Change(prefix + key_path(change.key), _edit_value(row, change)) for change in changes]
    try:
        new_text = apply_changes(old_text.text, edits)
    except EditError as error:
        raise CannotUpdate(error.reason) from None
    updated = _reread(path, existing, new_text, old_text.bom)
    _check_reads_back(updated, row, changes)
    record_id = existing.id or path.stem
    return Update(
        record_id,
        path,
        _with_bom(old_text),
        _with_bom(SourceText(new_text, old_text.bom)),
        changes,
        updated,
    )


def _edit_value(row: Record, change: ValueChange) -> str | list[str] | None:
    if change.new is None:
        return None
    value = row.raw.data
    for step in key_path(change.key):
        value = value[step]
    if isinstance(value, list):
        return [str(item) for item in value]
    if _is_list_key(row.kind, change.key):
        return _items(change.new)
    return change.new


def _is_list_key(kind: str, key: str) -> bool:
    from lgotp_cli.models.keys import leaf_of

    leaf = leaf_of(kind, key)
    return leaf is not None and leaf.form == "list"


def _reread(path: Path, existing: Record, text: str, bom: bool) -> Record:
    raw_file = load_yaml(path, existing.kind, SourceText(text, bom))
    if raw_file.problems:
        raise CannotUpdate(said.UPDATE_WOULD_NOT_READ.of(problem=raw_file.problems[0].message))
    index = existing.raw.index or 0
    return build_record(raw_file.records[index])


def _check_reads_back(updated: Record, row: Record, changes: list[ValueChange]) -> None:
    """The changed file must say what the row says, key by key: the edit's own check."""
    now = flatten(updated.raw.data)
    for change in changes:
        if now.get(change.key) != change.new and not _same_list(now.get(change.key), change.new):
            raise CannotUpdate(said.UPDATE_NOT_MADE.of(key=change.key))


def _with_bom(source: SourceText) -> str:
    return ("\ufeff" if source.bom else "") + source.text


def replace_record_file(path: Path, expected: str | None, text: str) -> None:
    """Put ``text`` in place of record file ``path`` atomically, its permissions kept; when
    ``expected`` is given, only while the file still holds it (OutputError otherwise: it
    changed since it was read). Never through a link."""
    from lgotp_cli.output.files import OutputError, replace_unchanged

    if path.is_symlink():
        raise OutputError(said.UPDATE_THROUGH_LINK.of(path=path))
    expected_bytes = None if expected is None else expected.encode("utf-8")
    if not replace_unchanged(path, expected_bytes, text.encode("utf-8")):
        raise OutputError(said.CHANGED_MEANWHILE.of(path=path))
