"""``lgotp new``: a new record file with the next free id, checked by every rule before it is
written, never over an existing file.

Answers are text keyed by dotted keys (``period.arrival``), as in a CSV sheet; what can be
inferred (id, status, fiscal year, the usual choices) is; what cannot is asked through the
``ask`` callable the command passes in, or named as missing. The record's text is made by
``record_text``; what the model says about each key comes from ``models.keys``.

Over 400 lines on purpose: it is the one dialogue of `new`, from the first answer to the file
written (what is asked and when, how an answer is checked, the next free id, the exclusive
write that lets two `lgotp new` at once take different ids), and splitting it would scatter
one sequence of steps over modules that only it uses.
"""

from __future__ import annotations

import difflib
import re
import sys
import typing
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from lgotp_cli.diagnostics import Diagnostic, Severity
from lgotp_cli.keys import ITEM
from lgotp_cli.models.keys import (
    key_order,
    leaf_of,
    model_keys,
    required_keys,
)
from lgotp_cli.models.record import KIND_MODELS
from lgotp_cli.months import fiscal_year as fiscal_year_of
from lgotp_cli.record_text import build, split_list, to_yaml
from lgotp_cli.source.discover import FOLDER_OF_KIND

KINDS = tuple(KIND_MODELS)
ID_PREFIX = {"trainee": "LGOTP", "dispatch": "DISP", "request": "REQ"}
MAX_ATTEMPTS = 5
MAX_ID_ATTEMPTS = 100  # ids taken by other `lgotp new` running at the same time


class NewRecordError(Exception):
    """The record cannot be made as asked; the message is one sentence for the user."""


class FileTaken(NewRecordError):
    """The record's file appeared before it could be written (never replaced)."""


class MissingKeys(NewRecordError):
    """Required keys have no answer and nobody can be asked."""

    def __init__(self, kind: str, keys: list[str]) -> None:
        self.keys = keys
        shown = ", ".join(keys)
        super().__init__(
            f"a new {kind} needs {shown}: give {'it' if len(keys) == 1 else 'them'} with "
            f"--set KEY=VALUE (e.g. --set {keys[0]}=…), or run on a terminal without --no-input."
        )


class InvalidRecord(NewRecordError):
    """The record would not pass ``lgotp validate``: nothing was written."""

    def __init__(
        self, path: Path, diagnostics: list[Diagnostic], answers: dict[str, str] | None = None
    ) -> None:
        self.path = path
        self.diagnostics = diagnostics
        self.answers = answers or {}
        errors = sum(1 for d in diagnostics if d.severity is Severity.ERROR)
        super().__init__(
            f"{path.name} was not written: it would have {errors} "
            f"error{'' if errors == 1 else 's'}; fix {'it' if errors == 1 else 'them'} "
            "with --set KEY=VALUE."
        )


@dataclass(frozen=True, slots=True)
class Question:
    """A key to ask for: its description (English and Japanese) and the form of its value."""

    key: str
    description: str
    required: bool
    hint: str = ""
    problem: str | None = None  # what was wrong with the last answer

    @property
    def prompt(self) -> str:
        optional = "" if self.required else ", optional: Enter to skip"
        hint = f" ({self.hint}{optional})" if self.hint or optional else ""
        return f"{self.key}: {self.description}{hint}"


@dataclass(frozen=True, slots=True)
class Created:
    """A record file written, with the warnings it has."""

    path: Path
    record_id: str
    diagnostics: list[Diagnostic]


# --- what is inferred, and what is asked -----------------------------------------------------

# Keys the rules require although the model does not (T112, D204, D206), by kind.
_RULE_REQUIRED = {
    "trainee": ("leadership",),
    "dispatch": (
        "specialist.database_id",
        "request.date",
        "request.local_government",
        "request.country",
        "request.purpose",
    ),
    "request": (),
}
# Keys worth asking for on a terminal, that may be left out (one language is enough: T111).
_OPTIONAL_ASKED = {
    "trainee": ("languages.english", "languages.japanese"),
    "dispatch": (),
    "request": (),
}
_INFERRED = ("id", "status", "fiscal_year")
_DEFAULTS = {
    "trainee": {
        "status": "planned",
        "selection.method": "clair",
        "employer.type": "local_government",
    },
    "dispatch": {"status": "planned", "specialist.arrangement": "business_trip"},
    "request": {"intention": "participate"},
}
_CONDITIONS = (
    "conditions.countries",
    "conditions.fields",
    "conditions.language",
    "conditions.months",
)


def _retired(answers: dict[str, str]) -> bool:
    return answers.get("specialist.retired", "").strip().lower() == "true"


def _conditional_keys(kind: str, answers: dict[str, str]) -> list[str]:
    """Keys required given the answers so far (T113, T117, R302, R303; a serving specialist's
    employer)."""
    keys: list[str] = []
    if kind == "dispatch" and not _retired(answers):
        keys.append("specialist.employer.code")
    if kind == "trainee":
        if answers.get("selection.method") == "independent":
            keys += ["selection.relationship", "selection.partner"]
        if answers.get("status") == "withdrawn":
            keys += ["withdrawal.date", "withdrawal.reason"]
    elif kind == "request":
        intention = answers.get("intention")
        if intention != "not_participating":
            keys.append("selection.method")
            method = answers.get("selection.method")
            if method == "independent":
                keys += ["selection.relationship", "selection.partner"]
        if intention in ("considering", "method_undecided"):
            keys += list(_CONDITIONS)
    return keys


def questions(kind: str, answers: dict[str, str]) -> list[Question]:
    """What is still to be asked, given the answers so far, in the model's order."""
    required = [
        key
        for key in (*required_keys(kind), *_RULE_REQUIRED[kind], *_conditional_keys(kind, answers))
        if key not in _INFERRED and not (kind == "trainee" and key == "employer.country")
    ]
    if kind == "request":
        required = [key for key in required if key != "submitted.form1"]
    optional = [key for key in _OPTIONAL_ASKED[kind] if key not in required]
    wanted = sorted(dict.fromkeys(required + optional), key=key_order((kind,)))
    return [_question(kind, key, key in required) for key in wanted if not answers.get(key)]


def _question(kind: str, key: str, required: bool) -> Question:
    from lgotp_cli.schema import describe

    leaf = leaf_of(kind, key)
    assert leaf is not None, key
    description = describe(leaf.model, leaf.name) or key
    if leaf.form == "date":
        hint = "YYYY-MM-DD"
    elif leaf.form == "code":
        hint = "six digits, like 232025"
    elif leaf.choices and " | ".join(leaf.choices) in description:
        hint = ""
    elif leaf.choices and len(leaf.choices) <= 12:
        hint = " | ".join(leaf.choices)
        if leaf.form == "list":
            hint = f"one or more of {hint}, separated by ;"
    elif leaf.choices:
        hint = f"one of {len(leaf.choices)} keys: {', '.join(leaf.choices)}"
    elif leaf.form == "list":
        hint = "separated by ;"
    else:
        hint = ""
    return Question(key, description, required, hint)


def check_answer(kind: str, key: str, text: str) -> str | None:
    """What is wrong with ``text`` as the value of ``key`` (None when nothing is)."""
    leaf = leaf_of(kind, key)
    if leaf is None:
        return _unknown_key(kind, key)
    if leaf.form == "model":
        return f"{key} is a mapping: give its keys ({key}.…)"
    value: Any = split_list(text) if leaf.form == "list" else text
    try:
        TypeAdapter(leaf.annotation).validate_python(value)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        message = first["msg"].removeprefix("Value error, ")
        if first["type"] == "literal_error":
            wrong = str(first["input"])
            close = difflib.get_close_matches(wrong, leaf.choices, n=1, cutoff=0.6)
            expected = (
                f"did you mean '{close[0]}'?" if close else f"expected {first['ctx']['expected']}"
            )
            message = f"'{wrong}' is not allowed; {expected}"
        return f"{key}: {message}"
    if leaf.form == "code":
        from lgotp_cli.reference.codes import has_valid_check_digit, with_check_digit

        if not has_valid_check_digit(text):  # not being in MIC's list is a rule's (waivable)
            return (
                f"{key}: {text} has a wrong check digit; the code would be {with_check_digit(text)}"
            )
    return None


def _unknown_key(kind: str, key: str) -> str:
    keys = [pattern.replace(ITEM, "0") for pattern in model_keys(kind)]
    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else "; `lgotp schema` lists the keys"
    return f"a {kind} record has no key {key}{hint}"


def fill(
    kind: str,
    given: dict[str, str],
    *,
    today: date,
    fiscal_year: int | None = None,
    ask: Callable[[Question], str] | None = None,
    taken: typing.Collection[str] = (),
) -> dict[str, str]:
    """The answers: ``given``, the defaults, and what ``ask`` answers for the rest (every
    answer checked as it comes); MissingKeys when nobody can be asked for a required key.
    A request whose host already has one for the year (an id in ``taken``) stops as soon as
    the host is known."""
    for key, text in given.items():
        problem = check_answer(kind, key, text)
        if problem:
            raise NewRecordError(f"--set {key}={text}: {problem.removeprefix(key + ': ')}.")
    answers = {**_DEFAULTS[kind], **given}
    if kind == "dispatch" and _retired(answers) and "specialist.arrangement" not in given:
        del answers["specialist.arrangement"]  # not for a retired specialist (S103)
    if fiscal_year is not None:
        if answers.get("fiscal_year") not in (None, str(fiscal_year)):
            raise NewRecordError(
                f"--fiscal-year {fiscal_year} and --set fiscal_year={answers['fiscal_year']} "
                "disagree; give one of them."
            )
        answers["fiscal_year"] = str(fiscal_year)
    if kind == "request":
        answers.setdefault("fiscal_year", str(fiscal_year_of(today) + 1))
        answers.setdefault("submitted.form1", today.isoformat())
    skipped: set[str] = set()
    missing: list[str] = []
    while True:
        if kind == "request" and answers.get("host.code") and not answers.get("id"):
            next_id(kind, int(answers["fiscal_year"]), taken, answers["host.code"])
        pending = [q for q in questions(kind, answers) if q.key not in skipped]
        pending = [q for q in pending if q.key not in missing]
        if not pending:
            break
        question = pending[0]
        if ask is None:
            if question.required:
                missing.append(question.key)
            else:
                skipped.add(question.key)
            continue
        text = _ask(kind, question, ask)
        if text:
            answers[question.key] = text
        else:
            skipped.add(question.key)
    if missing:
        raise MissingKeys(kind, missing)
    if kind == "trainee" and answers.get("nationality"):
        answers.setdefault("employer.country", answers["nationality"])
    return answers


def _ask(kind: str, question: Question, ask: Callable[[Question], str]) -> str:
    for _ in range(MAX_ATTEMPTS):
        text = ask(question).strip()
        if not text and not question.required:
            return ""
        problem = check_answer(kind, question.key, text) if text else "an answer is needed"
        if problem is None:
            return text
        question = replace(question, problem=problem.removeprefix(question.key + ": "))
    raise NewRecordError(f"{question.key}: {question.problem}; nothing was written.")


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
            raise NewRecordError("a request's id needs the host's code (host.code).")
        record_id = prefix + host
        if record_id in existing:
            raise NewRecordError(
                f"there is already a request of host {host} for fiscal year {fiscal_year} "
                f"({record_id}); edit that record instead."
            )
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
        raise FileTaken(
            f"{path} already exists; lgotp new never replaces a file: give another id "
            "with --set id=…, or edit that file."
        ) from None
    except OutputError as error:
        raise NewRecordError(str(error)) from None


def existing_ids(loaded) -> set[str]:
    """Every id in use: the records' ids and the names of the record files (a file that
    cannot be read still holds its name)."""
    ids = {record.id for record in loaded.records if record.id}
    ids |= {path.stem for path in loaded.files}
    return ids


def create(
    root: Path,
    kind: str,
    given: dict[str, str],
    *,
    today: date,
    config,
    fiscal_year: int | None = None,
    ask: Callable[[Question], str] | None = None,
    lang: str = "en",
) -> Created:
    """Make a new record of ``kind`` under ``root``: fill in the answers (asking when ``ask``
    is given), pick the next free id, check the record with every rule, and write it.

    MissingKeys, InvalidRecord (nothing written) or NewRecordError when it cannot be done.
    """
    from lgotp_cli.rules.context import Context
    from lgotp_cli.source.records import load_records

    if kind not in KINDS:
        raise NewRecordError(f"there is no record kind '{kind}'; the kinds are {', '.join(KINDS)}.")
    loaded = load_records(root)
    taken = existing_ids(loaded)
    answers = fill(kind, given, today=today, fiscal_year=fiscal_year, ask=ask, taken=taken)
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
        ctx = Context(today=today, config=config, root=root, lang=lang)
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
    raise NewRecordError(
        f"the ids up to {record_id} were all taken while lgotp new ran; try again, or give "
        "the id with --set id=…."
    )
