"""``lgotp new``: a new record file with the next free id, checked by every rule before it is
written, never over an existing file.

Answers are text keyed by dotted keys (``period.arrival``), as in a CSV sheet; what can be
inferred (id, status, fiscal year, the usual choices, the phases of a stay) is; what cannot is
asked through the ``ask`` callable the command passes in, or named as missing. What is asked,
and how an answer is read, is ``new_questions``'s; the record's text is ``record_text``'s.
Everything it says is a ``Said``, put into the chosen language where it is shown.
"""

from __future__ import annotations

import re
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from lgotp_cli.diagnostics import Diagnostic, Severity
from lgotp_cli.i18n import setup_words
from lgotp_cli.i18n.formats import fiscal_year_label
from lgotp_cli.i18n.text import Said, Words
from lgotp_cli.models.record import KIND_MODELS
from lgotp_cli.months import fiscal_year as fiscal_year_of
from lgotp_cli.new_questions import (
    DEFAULTS,
    Question,
    check_answer,
    normalise,
    questions,
    retired,
)
from lgotp_cli.record_text import build, to_yaml
from lgotp_cli.source.discover import FOLDER_OF_KIND

if TYPE_CHECKING:
    from lgotp_cli.config import Config

KINDS = tuple(KIND_MODELS)
ID_PREFIX = {"trainee": "LGOTP", "dispatch": "DISP", "request": "REQ"}
MAX_ATTEMPTS = 5
MAX_ID_ATTEMPTS = 100  # ids taken by other `lgotp new` running at the same time


class NewRecordError(Exception):
    """The record cannot be made as asked; ``message`` is one sentence for the user, said in
    the chosen language where it is shown (``str()`` is the English)."""

    def __init__(self, message: str | Said) -> None:
        super().__init__(str(message))
        self.message = message


class FileTaken(NewRecordError):
    """The record's file appeared before it could be written (never replaced)."""


class MissingKeys(NewRecordError):
    """Required keys have no answer and nobody can be asked."""

    def __init__(self, kind: str, keys: list[str]) -> None:
        self.keys = keys
        needs = setup_words.NEEDS_ONE if len(keys) == 1 else setup_words.NEEDS_MANY
        kind_words = setup_words.KIND[kind]
        super().__init__(needs.of(kind=kind_words, keys=", ".join(keys), first=keys[0]))


class InvalidRecord(NewRecordError):
    """The record would not pass ``lgotp validate``: nothing was written."""

    def __init__(
        self, path: Path, diagnostics: list[Diagnostic], answers: dict[str, str] | None = None
    ) -> None:
        self.path = path
        self.diagnostics = diagnostics
        self.answers = answers or {}
        errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
        words = setup_words.NOT_WRITTEN_ONE if errors == 1 else setup_words.NOT_WRITTEN_MANY
        super().__init__(words.of(name=path.name, errors=errors))


@dataclass(frozen=True, slots=True)
class Created:
    """A record file written, with the warnings it has."""

    path: Path
    record_id: str
    diagnostics: list[Diagnostic]


@dataclass(frozen=True, slots=True)
class Asking:
    """What ``lgotp new`` finds a record's answers with: the day it is made, the fiscal year
    asked for, who answers the questions (None: nobody can be asked), the configuration and
    the language the questions are in."""

    today: date
    fiscal_year: int | None = None
    ask: Callable[[Question], str] | None = None
    config: Config | None = None
    lang: str = "en"


def fill(
    kind: str, given: dict[str, str], asking: Asking, taken: typing.Collection[str] = ()
) -> dict[str, str]:
    """The answers: ``given``, the defaults, and what ``asking.ask`` answers for the rest
    (every answer checked as it comes, a country's name taken as its code); what the
    programme proposes (the phases of a stay) when nobody is asked; MissingKeys when nobody
    can be asked for a required key. A request whose host already has one for the year (an
    id in ``taken``) stops as soon as the host is known. Questions are in ``asking.lang``."""
    for key, text in given.items():
        problem = check_answer(kind, key, text)
        if problem:
            raise NewRecordError(setup_words.BAD_SET.of(key=key, text=text, problem=problem))
    answers = {**DEFAULTS[kind], **{key: normalise(kind, key, t) for key, t in given.items()}}
    if kind == "dispatch" and retired(answers) and "specialist.arrangement" not in given:
        del answers["specialist.arrangement"]  # not for a retired specialist (S103)
    asked_year = asking.fiscal_year
    if asked_year is not None:
        if answers.get("fiscal_year") not in (None, str(asked_year)):
            raise NewRecordError(
                setup_words.YEARS_DISAGREE.of(given=asked_year, written=answers["fiscal_year"])
            )
        answers["fiscal_year"] = str(asked_year)
    if kind == "request":
        answers.setdefault("fiscal_year", str(fiscal_year_of(asking.today) + 1))
        answers.setdefault("submitted.form1", asking.today.isoformat())
    skipped: set[str] = set()
    missing: list[str] = []
    while True:
        if kind == "request" and answers.get("host.code") and not answers.get("id"):
            next_id(kind, int(answers["fiscal_year"]), taken, answers["host.code"])
        pending = [
            q
            for q in questions(kind, answers, lang=asking.lang, config=asking.config)
            if q.key not in skipped and q.key not in missing
        ]
        if not pending:
            break
        question = pending[0]
        if asking.ask is None:
            if question.default:
                answers[question.key] = question.default
            elif question.required:
                missing.append(question.key)
            else:
                skipped.add(question.key)
            continue
        text = _ask(kind, question, asking.ask, asking.lang)
        if text:
            answers[question.key] = text
        else:
            skipped.add(question.key)
    if missing:
        raise MissingKeys(kind, missing)
    if "status" not in given:
        answers["status"] = status_on(kind, answers, asking.today) or answers.get("status", "")
    if kind == "trainee" and answers.get("nationality"):
        answers.setdefault("employer.country", answers["nationality"])
    return answers


# A new record's status as of today, from its dates (T118 and D213 check the same): before the
# start, during, after the end.
_STATUS_BY_STAGE = {
    "trainee": ("period.arrival", "period.departure", ("planned", "in_training", "completed")),
    "dispatch": ("period.departure", "period.return", ("planned", "dispatched", "completed")),
}


def status_on(kind: str, answers: dict[str, str], today: date) -> str | None:
    """The status the dates give as of ``today``; None for a request or unreadable dates."""
    if kind not in _STATUS_BY_STAGE:
        return None
    start_key, end_key, (before, during, after) = _STATUS_BY_STAGE[kind]
    try:
        start = date.fromisoformat(answers.get(start_key, ""))
        end = date.fromisoformat(answers.get(end_key, ""))
    except ValueError:
        return None
    if today < start:
        return before
    return after if today > end else during


def _ask(kind: str, question: Question, ask: Callable[[Question], str], lang: str) -> str:
    """The answer to ``question``, asked again (with what was wrong) until it is right: an
    empty answer takes the proposed value, or skips a key that may be left out."""
    problem: Said | None = None
    for _ in range(MAX_ATTEMPTS):
        text = ask(question).strip()
        if not text and question.default:
            return question.default
        if not text and not question.required:
            return ""
        problem = check_answer(kind, question.key, text) if text else setup_words.ANSWER_NEEDED.of()
        if problem is None:
            return normalise(kind, question.key, text)
        question = replace(question, problem=problem.in_(lang))
    raise NewRecordError(setup_words.GAVE_UP.of(key=question.key, problem=problem))


def stdin_is_terminal() -> bool:
    """Whether questions can be asked: standard input is a terminal."""
    return sys.stdin is not None and sys.stdin.isatty()


# --- the id, the record and its file ---------------------------------------------------------


def next_id(
    kind: str, fiscal_year: int, existing_ids: typing.Iterable[str], host: str | None = None
) -> str:
    """The next free id: ``LGOTP-2024-008`` (one more than the highest of that fiscal year),
    ``DISP-2024-004``, or ``REQ-2025-232025`` for a request (one per host and fiscal year)."""
    prefix = f"{ID_PREFIX[kind]}-{fiscal_year}-"
    existing = set(existing_ids)
    if kind == "request":
        if not host:
            raise NewRecordError(setup_words.REQUEST_NEEDS_HOST.of())
        record_id = prefix + host
        if record_id in existing:
            year = Words(str(fiscal_year), fiscal_year_label(fiscal_year, "ja"))
            raise NewRecordError(setup_words.REQUEST_EXISTS.of(host=host, year=year, id=record_id))
        return record_id
    pattern = re.compile(re.escape(prefix) + r"(\d+)")
    numbers = [int(m.group(1)) for i in existing if (m := pattern.fullmatch(i))]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def record_fiscal_year(kind: str, answers: dict[str, str]) -> int:
    """The fiscal year the record belongs to: given, or that of the arrival (trainee) or the
    departure (dispatch)."""
    given = answers.get("fiscal_year")
    if given:
        return int(given)
    key = "period.arrival" if kind == "trainee" else "period.departure"
    return fiscal_year_of(date.fromisoformat(answers[key]))


def record_path(root: Path, kind: str, fiscal_year: int, record_id: str) -> Path:
    """``<root>/<kind folder>/<fiscal year>/<id>.yaml``."""
    return root / FOLDER_OF_KIND[kind] / str(fiscal_year) / f"{record_id}.yaml"


def check(loaded, path: Path, kind: str, text: str, ctx) -> list[Diagnostic]:
    """Every diagnostic the new record would have among the records already there (the
    cross-record rules see them all), as ``lgotp validate`` would report them."""
    from lgotp_cli.rules.engine import check
    from lgotp_cli.source.loader import load_yaml
    from lgotp_cli.source.model import SourceText
    from lgotp_cli.source.records import Loaded, records_of_file

    new_records, problems = records_of_file(load_yaml(path, kind, SourceText(text)))
    # The files already there are `validate`'s business (one may hold this very name).
    together = Loaded([*loaded.records, *new_records], problems, [*loaded.files, path])
    return check(together, ctx, only=[path])


def write_new(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole, and only if no file is there (never replaced)."""
    from lgotp_cli.output.files import OutputError, create_new

    try:
        create_new(path, text.encode("utf-8"))
    except FileExistsError:
        raise FileTaken(setup_words.FILE_TAKEN.of(path=path)) from None
    except OutputError as error:
        raise NewRecordError(error.message) from None


def existing_ids(loaded) -> set[str]:
    """Every id in use: the records' ids and the names of the record files (a file that
    cannot be read still holds its name)."""
    ids = {record.id for record in loaded.records if record.id}
    ids |= {path.stem for path in loaded.files}
    return ids


def create(root: Path, kind: str, given: dict[str, str], asking: Asking) -> Created:
    """Make a new record of ``kind`` under ``root``: fill in the answers (asking when
    ``asking.ask`` is given), pick the next free id, check the record with every rule, and
    write it.

    MissingKeys, InvalidRecord (nothing written) or NewRecordError when it cannot be done.
    """
    from lgotp_cli.rules.context import Context
    from lgotp_cli.source.records import load_records

    if kind not in KINDS:
        raise NewRecordError(setup_words.NO_SUCH_KIND.of(kind=kind, kinds=", ".join(KINDS)))
    loaded = load_records(root)
    taken = existing_ids(loaded)
    answers = fill(kind, given, asking, taken)
    year = record_fiscal_year(kind, answers)
    answers["fiscal_year"] = str(year)
    # A numbered id chosen here may be taken meanwhile by another `lgotp new` (the file is
    # created exclusively): then the next free one is taken, as often as need be.
    numbered = not answers.get("id") and kind != "request"
    for _ in range(MAX_ID_ATTEMPTS):
        if not answers.get("id") or numbered:
            answers["id"] = next_id(kind, year, taken, answers.get("host.code"))
        record_id = answers["id"]
        path = record_path(root, kind, year, record_id)
        text = to_yaml(kind, build(kind, answers))
        ctx = Context(today=asking.today, config=asking.config, root=root, lang=asking.lang)
        diagnostics = check(loaded, path, kind, text, ctx)
        if any(d.severity is Severity.ERROR for d in diagnostics):
            raise InvalidRecord(path, diagnostics, answers)
        try:
            write_new(path, text)
        except FileTaken:
            if not numbered:
                raise
            taken = {*taken, record_id}
            continue
        return Created(path, record_id, diagnostics)
    raise NewRecordError(setup_words.IDS_TAKEN.of(id=record_id))
