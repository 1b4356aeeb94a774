"""X rules: what only shows across records (ids, overlapping stays and dispatches) and across
files (file names, referenced files, waivers).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from lgotp_cli.i18n.messages import cross_record as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.record import Finding, Record
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, get_rule, rule, suggest
from lgotp_cli.rules.shared import overlapping, repeated
from lgotp_cli.source.discover import is_inside
from lgotp_cli.source.markdown import is_remote, read_report


def _in_root(record: Record, root: Path) -> str:
    """The record's file as the records root names it (``trainees/2024/x.yaml``): the same
    wherever lgotp runs, and no machine's folders in a message that a site may publish."""
    try:
        return record.path.relative_to(root).as_posix()
    except ValueError:
        return record.path.name


def _where(record: Record) -> str:
    return f"{record.path.name}:{record.raw.start[0]}"


@rule(
    "X301",
    Severity.ERROR,
    "the same `id` twice (both places in the message)",
    scope="all",
    waivable=False,
    fires="- {id: EX-T}\n- {kind: dispatch, id: EX-T}\n",
    quiet="- {id: EX-T}\n- {kind: dispatch, id: EX-D}\n",
)
def duplicate_id(records: list[Record], ctx: Context) -> Iterator[tuple[Record, Finding]]:
    """Two records, of any kinds, have the same ``id``. Both places are in the message.

    Why: Ids are unique across all records: reports, timelines and diffs find records by id, and a
    second record with the same id would be mistaken for the first. A waiver cannot make two
    records one, so none can silence it.

    Fix: Give one of them an id of its own (``lgotp new`` picks the next free one).
    """
    for record, other in repeated(records, lambda record: record.id):
        place = f"{_in_root(other, ctx.root)}:{other.raw.start[0]}"
        yield record, Finding(("id",), said.DUPLICATE_ID.of(id=record.id, place=place))


@rule(
    "X302",
    Severity.WARNING,
    "the same person (family, given, nationality) in overlapping trainee stays",
    scope="all",
    fires="- {id: EX-T}\n- {id: EX-T2}\n",
    quiet="- {id: EX-T}\n- {id: EX-T2, name: {given: Ana}}\n",
)
def same_trainee_twice(records: list[Record], ctx: Context) -> Iterator[tuple[Record, Finding]]:
    """Two trainee records of the same person (family and given name, and nationality) have stays
    that overlap.

    Why: One person cannot be in two stays at once; such a pair is usually a copy left behind.

    Fix: Remove the copy, or correct the dates or the name.
    """
    for record, other in overlapping(records, _trainee_stay):
        t, o = record.model, other.model
        message = said.SAME_TRAINEE_TWICE.of(
            given=t.name.given,
            family=t.name.family,
            nationality=t.nationality,
            other=other.id,
            place=_where(other),
            arrival=o.period.arrival,
            departure=o.period.departure,
        )
        yield record, Finding(("period",), message)


def _trainee_stay(record: Record) -> tuple[tuple, date, date] | None:
    """A trainee's person (family and given name, nationality) and stay; None for a record of
    another kind or a stay that ends before it starts."""
    t = record.model
    if not isinstance(t, Trainee) or t.period.departure < t.period.arrival:
        return None
    person = (t.name.family.casefold(), t.name.given.casefold(), t.nationality)
    return person, t.period.arrival, t.period.departure


@rule(
    "X303",
    Severity.ERROR,
    "the same specialist (`database_id`) on overlapping dispatches",
    scope="all",
    fires="- {kind: dispatch, id: EX-D}\n- {kind: dispatch, id: EX-D2}\n",
    quiet="- {kind: dispatch, id: EX-D}\n"
    "- {kind: dispatch, id: EX-D2, specialist: {database_id: ICD-00124}}\n",
)
def same_specialist_twice(records: list[Record], ctx: Context) -> Iterator[tuple[Record, Finding]]:
    """Two dispatches of the same specialist (``specialist.database_id``), neither cancelled,
    overlap.

    Why: A specialist cannot be on two dispatches at once; such a pair is usually a copy or a
    mistyped ``database_id``.

    Fix: Remove the copy, or correct the dates or the ``database_id``.
    """
    for record, other in overlapping(records, _specialist_dispatch):
        d, o = record.model, other.model
        message = said.SAME_SPECIALIST_TWICE.of(
            database_id=d.specialist.database_id,
            other=other.id,
            place=_where(other),
            departure=o.period.departure,
            back=o.period.return_,
        )
        yield record, Finding(("specialist", "database_id"), message)


def _specialist_dispatch(record: Record) -> tuple[str, date, date] | None:
    """A dispatch's specialist (``database_id``) and its days away; None for a record of
    another kind, a specialist without an id, a cancelled dispatch, or a return before the
    departure."""
    d = record.model
    if not isinstance(d, Dispatch) or not d.specialist.database_id or d.status == "cancelled":
        return None
    if d.period.return_ < d.period.departure:
        return None
    return d.specialist.database_id, d.period.departure, d.period.return_


@rule("X304", Severity.WARNING, "a one-record file not named `<id>.yaml`", scope="record")
def file_name(record: Record, ctx: Context) -> Iterator[Finding]:
    """A file holding one record is not named after the record's id (``LGOTP-2024-007.yaml``). Lists
    of records in one file, and CSV sheets, are not checked.

    Why: A record is found by its id, and a rename shows in review.

    Fix: Rename the file after the id, or correct the id.

    Example: ``trainees/2024/LGOTP-2024-007.yaml`` holding ``id: LGOTP-2024-008`` fires; the same
    file named ``LGOTP-2024-008.yaml`` is quiet. The example is in words only: an example is a
    record, and its file is always named after its id.
    """
    path = record.path
    if record.id is None or record.raw.index is not None or path.suffix.lower() == ".csv":
        return
    if path.stem != record.id:
        yield Finding(
            ("id",),
            said.FILE_NOT_NAMED_AFTER_ID.of(file=path.name, id=record.id, suffix=path.suffix),
        )


def files_referenced(record: Record) -> Iterator[tuple[tuple, str]]:
    """The files a record points to (its report), with the key that names each."""
    model = record.model
    if isinstance(model, Trainee) and model.report:
        yield ("report",), model.report
    elif isinstance(model, Dispatch) and model.report is not None:
        yield ("report", "file"), model.report.file


def _problem(target: str, base: Path, root: Path) -> Said | None:
    """What is wrong with the file ``target`` names from ``base``, or None."""
    if target.startswith(("/", "\\")) or (len(target) > 1 and target[1] == ":"):
        return said.ABSOLUTE_PATH.of(target=target)
    path = base / target
    if not is_inside(path, root):
        return said.OUTSIDE_THE_ROOT.of(target=target)
    if not path.is_file():
        return said.MISSING_FILE.of(target=target)
    return None


@rule(
    "X305",
    Severity.ERROR,
    "a referenced file is missing, or outside the records root (`../`, absolute, links out)",
    scope="record",
    fires="report: ../reports/EX-T.md\n",
    quiet="report: reports/EX-T.md\n",
)
def referenced_files(record: Record, ctx: Context) -> Iterator[Finding]:
    """A file a record points to (a report, and every photo the report shows) is missing, or lies
    outside the records root: an absolute path, a ``../`` out of the root, a link that leads out.

    Why: The site, the reports and D210 read these files; nothing outside the records root is ever
    read, so that a record cannot make lgotp read or publish another file on the machine.

    Fix: Put the file inside the records root and give its path from the root
    (``reports/LGOTP-2024-007.md``).

    Example: The examples' records root holds ``reports/EX-T.md``; ``../reports/EX-T.md`` leads
    out of it.
    """
    root = ctx.root
    for key_path, target in files_referenced(record):
        problem = _problem(target, root, root)
        if problem:
            yield Finding(key_path, said.REPORT_FILE_PROBLEM.of(problem=problem))
            continue
        report = root / target
        try:
            text = report.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for photo in read_report(text).photos:
            if is_remote(photo):
                continue
            problem = _problem(photo.split("#")[0].split("?")[0], report.parent, root)
            if problem:
                yield Finding(key_path, said.PHOTO_PROBLEM.of(report=target, problem=problem))


@rule(
    "X306",
    Severity.WARNING,
    "a waiver whose rule no longer fires, or that names an unknown rule",
    scope="waivers",
    fires="waivers: [{rule: T101, reason: stay agreed with CLAIR}]\n",
    quiet="waivers: [{rule: T101, reason: stay agreed with CLAIR}]\n"
    "period: {departure: 2024-11-25}\n",
)
def stale_waiver(record: Record, fired: set[str]) -> Iterator[Finding]:
    """A waiver names a rule that no longer fires for its record, or a rule that does not exist or
    cannot be waived (L and S rules and X301). Checked after every other rule, with the codes that
    fired for the record.

    Why: A waiver silences one rule for one record; a stale one should go, so that it cannot hide a
    later problem, and one that names the wrong rule silences nothing.

    Fix: Remove the waiver, or correct the code it names.
    """
    for index, waiver in enumerate(record.model.waivers or ()):
        code = waiver.rule.strip().upper()
        known = get_rule(code)
        path = ("waivers", index, "rule")
        if known is None:
            close = suggest(code)
            hint = said.DID_YOU_MEAN.of(code=close[0]) if close else ""
            yield Finding(path, said.WAIVER_NAMES_NO_RULE.of(rule=waiver.rule, hint=hint))
        elif not known.waivable:
            yield Finding(path, said.CANNOT_BE_WAIVED.of(code=code))
        elif code not in fired:
            yield Finding(path, said.STALE_WAIVER.of(code=code))
