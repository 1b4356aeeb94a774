"""What a change does to the records: records added, removed and changed field by field (matched
by id, so a moved file is the same record), what follows (lengths of stays and phases, the
allocation tax per host and fiscal year) and the diagnostics it adds and clears."""

from __future__ import annotations

from dataclasses import dataclass, field

from lgotp_cli.diagnostics import Diagnostic, Severity, as_dict
from lgotp_cli.diff.sides import Side
from lgotp_cli.i18n import diff_words, duration, fiscal_year_label, yen
from lgotp_cli.i18n.record_words import PHASE_IN_A_SENTENCE
from lgotp_cli.i18n.report_words import NONE
from lgotp_cli.keys import flatten
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.keys import key_order
from lgotp_cli.models.record import Record
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import length


@dataclass(frozen=True)
class FieldChange:
    key: str
    before: str | None
    after: str | None


@dataclass
class RecordChange:
    id: str
    kind: str
    file: str
    fields: list[FieldChange] = field(default_factory=list)
    follows: list[str] = field(default_factory=list)
    moved_from: str | None = None


@dataclass(frozen=True)
class TaxChange:
    fiscal_year: int
    host_code: str
    host_name: str
    before: int | None
    after: int | None


@dataclass
class Diff:
    base: str
    head: str
    added: list[RecordChange]
    removed: list[RecordChange]
    changed: list[RecordChange]
    allocation_tax: list[TaxChange]
    diagnostics_added: list[Diagnostic]
    diagnostics_cleared: list[Diagnostic]
    notes: list[str]

    @property
    def new_errors(self) -> int:
        return sum(1 for d in self.diagnostics_added if d.severity is Severity.ERROR)


def _by_id(side: Side) -> dict[str, Record]:
    found: dict[str, Record] = {}
    for record in side.records:
        if record.id is not None:
            found.setdefault(record.id, record)
    return found


def _file(record: Record) -> str:
    return record.path.as_posix()


def _length_text(start, end, lang: str) -> str:
    if end < start:
        return diff_words.NO_LENGTH(lang)
    return duration(length(start, end), lang)


def _follows(before: Record, after: Record, lang: str) -> list[str]:
    old, new = before.model, after.model
    said = []
    if isinstance(old, Trainee) and isinstance(new, Trainee):
        spans = [
            (
                "stay",
                (old.period.arrival, old.period.departure),
                (new.period.arrival, new.period.departure),
            )
        ]
        for name in ("tokyo_orientation", "jiam", "specialized"):
            a, b = getattr(old.period, name), getattr(new.period, name)
            if a is not None and b is not None:
                spans.append((name, (a.start, a.end), (b.start, b.end)))
        for name, was, now in spans:
            if was != now:
                label = PHASE_IN_A_SENTENCE.label(name, lang)
                before_text, after_text = _length_text(*was, lang), _length_text(*now, lang)
                said.append(f"{label}: {before_text} → {after_text}")
    elif isinstance(old, Dispatch) and isinstance(new, Dispatch):
        was = (old.period.departure, old.period.return_)
        now = (new.period.departure, new.period.return_)
        if was != now:
            label = PHASE_IN_A_SENTENCE.label("dispatch", lang)
            said.append(f"{label}: {_length_text(*was, lang)} → {_length_text(*now, lang)}")
    return said


def _declared(side: Side):
    """The side's former host codes (its lgotp.yaml ``host_codes``), for a ``with`` block."""
    from lgotp_cli.reference.codes import former_codes

    return former_codes(entry.as_former_code() for entry in side.config.host_codes)


def _taxes(side: Side) -> dict[tuple[int, str], int | None]:
    """The allocation tax per (fiscal year, host code) on one side. A host whose code is not a
    local government that year gets none: its problem (T114) is what the diff shows."""
    from lgotp_cli.reference.codes import describe_code_problem
    from lgotp_cli.reports.allocation import measures_by_host_year

    trainees = [r.model for r in side.records if isinstance(r.model, Trainee)]
    with _declared(side):
        return {
            key: measure.amount
            for key, measure in measures_by_host_year(trainees, side.config).items()
            if describe_code_problem(measure.code, measure.year) is None
        }


def _keyed(diagnostics: list[Diagnostic]) -> dict[tuple, Diagnostic]:
    """Diagnostics by (record or file, rule, occurrence): the same rule still firing for the same
    record is not new, even when its message names a moved file or another line."""
    keyed: dict[tuple, Diagnostic] = {}
    seen: dict[tuple, int] = {}
    for diagnostic in diagnostics:
        where = diagnostic.record or diagnostic.file.as_posix()
        base = (where, diagnostic.code)
        seen[base] = seen.get(base, 0) + 1
        keyed[(*base, seen[base])] = diagnostic
    return keyed


def compare(base: Side, head: Side, *, lang: str = "en") -> Diff:
    """Everything the change from ``base`` to ``head`` does to the records."""
    old, new = _by_id(base), _by_id(head)
    added = [RecordChange(i, new[i].kind, _file(new[i])) for i in sorted(new.keys() - old.keys())]
    removed = [RecordChange(i, old[i].kind, _file(old[i])) for i in sorted(old.keys() - new.keys())]
    changed = []
    for record_id in sorted(old.keys() & new.keys()):
        before, after = old[record_id], new[record_id]
        if before is after:
            continue  # the same file with the same bytes on both sides: nothing changed
        flat_before, flat_after = flatten(before.raw.data), flatten(after.raw.data)
        fields = [
            FieldChange(key, flat_before.get(key), flat_after.get(key))
            for key in sorted(flat_before.keys() | flat_after.keys(), key=key_order((after.kind,)))
            if flat_before.get(key) != flat_after.get(key)
        ]
        moved = _file(before) if _file(before) != _file(after) else None
        if not fields and moved is None:
            continue
        change = RecordChange(record_id, after.kind, _file(after), fields, moved_from=moved)
        if before.model is not None and after.model is not None and fields:
            change.follows = _follows(before, after, lang)
        changed.append(change)
    tax_before, tax_after = _taxes(base), _taxes(head)
    from lgotp_cli.reference.host_names import display_name

    with _declared(head):
        taxes = [
            TaxChange(
                year,
                code,
                display_name(code, None, lang, year),
                tax_before.get((year, code)),
                tax_after.get((year, code)),
            )
            for year, code in sorted(tax_before.keys() | tax_after.keys())
            if tax_before.get((year, code)) != tax_after.get((year, code))
        ]
    before_keys = _keyed(base.diagnostics)
    after_keys = _keyed(head.diagnostics)
    diagnostics_added = [d for k, d in after_keys.items() if k not in before_keys]
    diagnostics_cleared = [d for k, d in before_keys.items() if k not in after_keys]
    return Diff(
        base.label,
        head.label,
        added,
        removed,
        changed,
        taxes,
        diagnostics_added,
        diagnostics_cleared,
        base.notes + [note for note in head.notes if note not in base.notes],
    )


def tax_sentence(change: TaxChange, lang: str) -> str:
    """'the allocation tax of host 232025 (Okazaki City) for FY2024 falls from … to … yen'."""
    year = fiscal_year_label(change.fiscal_year, lang)
    before = yen(change.before, lang) if change.before is not None else NONE(lang)
    after = yen(change.after, lang) if change.after is not None else NONE(lang)
    sentence = diff_words.TAX_CHANGES
    if change.before is not None and change.after is not None:
        sentence = diff_words.TAX_FALLS if change.after < change.before else diff_words.TAX_RISES
    return sentence(
        lang,
        host_code=change.host_code,
        host_name=change.host_name,
        fiscal_year=year,
        before=before,
        after=after,
    )


def as_json(diff: Diff, lang: str) -> dict:
    """The diff as plain data for tools."""

    def record(change: RecordChange) -> dict:
        return {
            "id": change.id,
            "kind": change.kind,
            "file": change.file,
            "moved_from": change.moved_from,
            "fields": [{"key": f.key, "before": f.before, "after": f.after} for f in change.fields],
            "follows": change.follows,
        }

    return {
        "base": diff.base,
        "head": diff.head,
        "added": [record(c) for c in diff.added],
        "removed": [record(c) for c in diff.removed],
        "changed": [record(c) for c in diff.changed],
        "allocation_tax": [
            {
                "fiscal_year": t.fiscal_year,
                "host_code": t.host_code,
                "host_name": t.host_name,
                "before": t.before,
                "after": t.after,
            }
            for t in diff.allocation_tax
        ],
        "diagnostics": {
            "added": [as_dict(d) for d in diff.diagnostics_added],
            "cleared": [as_dict(d) for d in diff.diagnostics_cleared],
        },
        "notes": diff.notes,
    }
