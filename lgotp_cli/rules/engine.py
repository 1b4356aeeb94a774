"""Run every rule over records: the problems the loader found in files and the schema check in
records, each rule's own check (kind, record and cross-record rules), then waivers, stale
waivers, ``--select``/``--ignore`` and the paths to report. ``check`` is the one
entry (validate, the site, diff, import and new all call it); records come from
``source.records``.

The engine, not the rule, turns a finding into a diagnostic: it stamps the code and severity
and resolves the finding's key path to a line and column in the file.

A record with schema findings is still checked by the rules of its kind that read none of its
broken keys, on a model built without them (``models.partial``). Only those rules see it:
record and cross-record rules are given ``Record``s, whose ``model`` stays None for such a
record, as every report expects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lgotp_cli.config import Config
from lgotp_cli.diagnostics import Diagnostic, Severity
from lgotp_cli.i18n.text import Said, text_in
from lgotp_cli.models.partial import partial_model
from lgotp_cli.models.record import Finding, Record
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import FoundBy, Rule, all_rules, get_rule, matching
from lgotp_cli.source.records import Loaded, ReadProblem, load_records, no_cyclic_collection


def _problem_diagnostic(found: ReadProblem, lang: str) -> Diagnostic:
    """A file's problem, found by the loader while reading it, as a diagnostic of its L rule."""
    problem = found.problem
    return Diagnostic(
        found.path,
        problem.line,
        problem.column,
        get_rule(problem.code).severity,
        problem.code,
        None,
        text_in(problem.message, lang),
        _said(problem.message),
    )


@dataclass(frozen=True, slots=True)
class Validation:
    """What ``validate`` found."""

    diagnostics: list[Diagnostic]
    records: int
    paths: tuple[Path, ...]  # every record file read
    submodules: tuple[Path, ...] = ()  # git submodules among the record folders: not read

    @property
    def files(self) -> int:
        return len(self.paths)

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity is severity)


def _diagnostic(record: Record, rule: Rule, finding: Finding, lang: str) -> Diagnostic:
    raw = record.raw
    if finding.missing:
        line, column = raw.locate_missing(finding.path)
    elif finding.at_start:
        line, column = raw.start
    else:
        line, column = raw.locate(finding.path, at_key=finding.at_key)
    severity = rule.lesser if finding.lesser and rule.lesser else rule.severity
    message = text_in(finding.message, lang)
    return Diagnostic(
        record.path, line, column, severity, rule.code, record.id, message, _said(finding.message)
    )


def _said(message: str | Said) -> Said | None:
    return message if isinstance(message, Said) else None


def check(
    loaded: Loaded,
    ctx: Context,
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    only: list[Path] | None = None,
) -> list[Diagnostic]:
    """The one way to check records: every file, record and cross-record rule over
    ``loaded``, waivers applied, then what ``select``/``ignore``/``only`` keep, in file order.

    Cross-record rules always see every record: ``only`` (files or folders) narrows what is
    reported, not what is checked; `import` and `new` name the sheet or the new file.
    """
    with no_cyclic_collection():
        found = _check_all(loaded, ctx)
    return select_diagnostics(
        found,
        select=select,
        ignore=ignore,
        only=only,
        file_order={path: index for index, path in enumerate(loaded.files)},
    )


def _check_all(loaded: Loaded, ctx: Context) -> list[Diagnostic]:
    """The loader's and the schema check's findings, then every rule's own check over each
    record and across records, then waivers; all diagnostics, unfiltered."""
    by_scope: dict[str, list[Rule]] = defaultdict(list)
    schema_rules: dict[str, Rule] = {}
    for rule in all_rules():
        if rule.found_by is FoundBy.CHECK:
            by_scope[rule.scope].append(rule)
        elif rule.found_by is FoundBy.SCHEMA:
            schema_rules[rule.code] = rule
    records = loaded.records
    found: list[list[tuple[Rule, Finding]]] = [[] for _ in records]
    checked: list[tuple[object, frozenset[str]] | None] = []
    record_rules = by_scope["record"]
    for index, record in enumerate(records):
        hits = found[index]
        hits.extend((schema_rules[finding.code], finding) for finding in record.schema_findings)
        for rule in record_rules:
            for finding in rule.check(record, ctx):
                hits.append((rule, finding))
        model_and_broken = _model_to_check(record)
        checked.append(model_and_broken)
        if model_and_broken is not None:
            hits.extend(_kind_hits(*model_and_broken, by_scope[record.kind], ctx))
    position = {id(record): index for index, record in enumerate(records)}
    for rule in by_scope["all"]:
        for record, finding in rule.check(records, ctx):
            found[position[id(record)]].append((rule, finding))

    diagnostics = [_problem_diagnostic(found, ctx.lang) for found in loaded.file_problems]
    for record, hits, model_and_broken in zip(records, found, checked, strict=True):
        waived: set[str] = set()
        model, broken = model_and_broken or (None, frozenset())
        if model is not None and "waivers" not in broken and getattr(model, "waivers", None):
            waived = {waiver.rule.strip().upper() for waiver in model.waivers}
            # A waiver is stale when its rule did not fire, which only a record every rule
            # could look at can tell.
            if not broken:
                fired = {rule.code for rule, _ in hits}
                for rule in by_scope["waivers"]:
                    hits.extend((rule, finding) for finding in rule.check(record, fired))
        for rule, finding in hits:
            if rule.waivable and rule.code in waived:
                continue
            diagnostics.append(_diagnostic(record, rule, finding, ctx.lang))
    return diagnostics


def _model_to_check(record: Record) -> tuple[object, frozenset[str]] | None:
    """The model the rules of the record's kind look at, and the top-level keys they must not
    read: a valid record's own (none), else one built without its broken keys
    (``models.partial``), else None."""
    if record.model is not None:
        return record.model, frozenset()
    partial = partial_model(record)
    return (partial.model, partial.broken) if partial is not None else None


def _kind_hits(
    model: object, broken: frozenset[str], rules: list[Rule], ctx: Context
) -> Iterator[tuple[Rule, Finding]]:
    """What the rules of a record's kind find in ``model``; with ``broken`` keys, only the rules
    that depend on none of them, and never a finding about one of them."""
    if broken:
        rules = [rule for rule in rules if not rule.depends_on & broken]
    for rule in rules:
        for finding in rule.check(model, ctx):
            if broken and finding.path and finding.path[0] in broken:
                continue
            yield rule, finding


def select_diagnostics(
    diagnostics: Iterable[Diagnostic],
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    only: list[Path] | None = None,
    file_order: dict[Path, int] | None = None,
) -> list[Diagnostic]:
    """Keep what ``--select``, ``--ignore`` and the PATHs ask for; drop exact repeats (a sheet's
    unknown column, once per row); order by file, line, column and code."""
    chosen = matching(select) if select else None
    dropped = matching(ignore) if ignore else set()
    roots = [path.resolve() for path in only] if only else None
    kept: dict[tuple, Diagnostic] = {}
    for diagnostic in diagnostics:
        if chosen is not None and diagnostic.code not in chosen:
            continue
        if diagnostic.code in dropped:
            continue
        if roots is not None and not _under_any(diagnostic.file, roots):
            continue
        key = (
            diagnostic.file,
            diagnostic.line,
            diagnostic.column,
            diagnostic.code,
            diagnostic.message,
        )
        if key in kept:
            if kept[key].record != diagnostic.record:
                kept[key] = Diagnostic(
                    *key[:3],
                    diagnostic.severity,
                    diagnostic.code,
                    None,
                    diagnostic.message,
                    diagnostic.said,
                )
            continue
        kept[key] = diagnostic
    order = file_order or {}
    return sorted(
        kept.values(),
        key=lambda d: (order.get(d.file, len(order)), str(d.file), d.line, d.column, d.code),
    )


def _under_any(path: Path, roots: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == root or root in resolved.parents for root in roots)


def validate(
    root: Path,
    config: Config,
    today: date,
    *,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    only: list[Path] | None = None,
    on_file: Callable[[Path], None] | None = None,
    lang: str = "en",
) -> Validation:
    """Check every record under ``root``; report what ``select``/``ignore``/``only`` keep."""
    loaded = load_records(root, on_file)
    ctx = Context(today=today, config=config, root=root, lang=lang)
    diagnostics = check(loaded, ctx, select=select, ignore=ignore, only=only)
    return Validation(diagnostics, len(loaded.records), tuple(loaded.files), loaded.submodules)
