"""The record envelope: a raw record checked against its kind's model, with S findings.

pydantic's errors become S101 (missing), S102 (unknown key, with the closest known key),
S103 (wrong type or form) and S104 (kind disagrees with the folder), each at its key path.
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Union

from pydantic import BaseModel, ValidationError

from lgotp_cli.i18n.messages import schema as said
from lgotp_cli.i18n.text import Said, Verbatim
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.request import HostRequest
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.source.discover import FOLDER_OF_KIND
from lgotp_cli.source.model import KeyPath, RawRecord
from lgotp_cli.source.readings import Misread, Reading

KIND_MODELS: dict[str, type[BaseModel]] = {
    "trainee": Trainee,
    "dispatch": Dispatch,
    "request": HostRequest,
}
AnyRecord = Trainee | Dispatch | HostRequest


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem with a record at a key path; the engine gives it a code, line and column.

    ``at_key`` points at the key rather than its value; ``at_start`` at the record's first line;
    ``missing`` (a key that is not in the file) at the key that would hold it, or at the
    record's first line for a key of the record itself.
    ``code`` is set by checks that report for more than one rule (the schema check);
    ``lesser`` by a rule whose finding is of its lesser severity (T106's lower bound).
    """

    path: KeyPath
    message: str | Said  # Said: put into the chosen language when shown
    code: str | None = None
    at_key: bool = False
    at_start: bool = False
    lesser: bool = False
    fix: Reading | None = None  # a keyboard or Excel spelling, and the text `--fix` writes
    missing: bool = False


@dataclass(frozen=True, slots=True)
class Record:
    """One record: where it came from, its id, its model (None when the schema failed)."""

    raw: RawRecord
    id: str | None
    model: Any
    schema_findings: tuple[Finding, ...] = field(default=())

    @property
    def kind(self) -> str:
        return self.raw.kind

    @property
    def path(self):
        return self.raw.path


def dotted(path: KeyPath) -> str:
    """``("waivers", 0, "rule")`` → ``waivers[0].rule``."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


def build_record(raw: RawRecord) -> Record:
    """Check a raw record against its kind's model."""
    data = raw.data
    record_id = data.get("id") if isinstance(data.get("id"), str) else None
    kind_value = data.get("kind")
    if kind_value is not None and kind_value != raw.kind:
        if not isinstance(kind_value, str):
            shape = "list" if isinstance(kind_value, list) else "mapping"
            finding = Finding(
                ("kind",), said.KIND_NOT_ONE_WORD.of(what=said.KIND_SHAPE[shape]), code="S103"
            )
        elif kind_value in KIND_MODELS:
            finding = Finding(
                ("kind",),
                said.KIND_NOT_FOLDER.of(
                    kind=kind_value,
                    folder=FOLDER_OF_KIND[raw.kind],
                    target=FOLDER_OF_KIND[kind_value],
                ),
                code="S104",
            )
        else:
            finding = Finding(("kind",), said.NOT_A_KIND.of(kind=kind_value), code="S103")
        return Record(raw, record_id, None, (finding,))
    model_class = KIND_MODELS[raw.kind]
    try:
        model = model_class.model_validate(data)
    except ValidationError as error:
        findings = tuple(_findings(error, model_class, data))
        return Record(raw, record_id, None, findings)
    missing = tuple(_conditional_missing(model))
    _share_fields_sets(model)
    return Record(raw, record_id, None if missing else model, missing)


def _specialist_keys(model: Dispatch) -> typing.Iterator[Finding]:
    """A serving specialist needs an employer, an arrangement and the workplace's share; for a
    retired one (``retired: true``) the employer is the former one and optional, and the
    arrangement and the workplace's share do not apply."""
    specialist, costs = model.specialist, model.costs
    if specialist.retired:
        if specialist.arrangement is not None:
            yield Finding(("specialist", "arrangement"), said.ARRANGEMENT_RETIRED.of(), code="S103")
        if costs is not None and costs.workplace is not None:
            yield Finding(("costs", "workplace"), said.WORKPLACE_RETIRED.of(), code="S103")
        return
    for key in ("employer", "arrangement"):
        if getattr(specialist, key) is None:
            yield Finding(
                ("specialist", key),
                said.SPECIALIST_KEY_MISSING.of(key=key, what=said.SPECIALIST_KEY[key]),
                code="S101",
                missing=True,
            )
    if costs is not None and costs.workplace is None:
        yield Finding(
            ("costs", "workplace"), said.WORKPLACE_MISSING.of(), code="S101", missing=True
        )


_FIELDS_SETS: dict[frozenset, frozenset] = {}
_LAST_FIELDS_SET: dict[type, frozenset] = {}
_NESTED_FIELDS: dict[type, tuple[str, ...]] = {}


def _share_fields_sets(model: BaseModel) -> None:
    """Give every model in the tree one shared, frozen copy of its set of given fields.

    pydantic keeps a set per model instance; a record has about a dozen models and the sets
    were a third of a loaded record's memory (4 KiB of 11 per record). The models are frozen,
    so nothing adds to the sets; the few distinct ones are kept once.
    """
    cls = model.__class__
    given = model.__pydantic_fields_set__
    shared = _LAST_FIELDS_SET.get(cls)
    if shared is None or shared != given:  # most models of a class give the same fields
        frozen = frozenset(given)
        shared = _LAST_FIELDS_SET[cls] = _FIELDS_SETS.setdefault(frozen, frozen)
    object.__setattr__(model, "__pydantic_fields_set__", shared)
    nested = _NESTED_FIELDS.get(cls)
    if nested is None:
        nested = _NESTED_FIELDS[cls] = tuple(
            name for name, info in cls.model_fields.items() if _may_hold_models(info.annotation)
        )
    values = model.__dict__
    for name in nested:
        value = values[name]
        if isinstance(value, BaseModel):
            _share_fields_sets(value)
        elif isinstance(value, list | tuple):
            for item in value:
                if isinstance(item, BaseModel):
                    _share_fields_sets(item)


def _may_hold_models(annotation) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return True
    return any(_may_hold_models(argument) for argument in typing.get_args(annotation))


def _conditional_missing(model) -> typing.Iterator[Finding]:
    if isinstance(model, Dispatch):
        yield from _specialist_keys(model)
    if (
        isinstance(model, Dispatch)
        and model.costs is None
        and model.status
        not in (
            "planned",
            "cancelled",
        )
    ):
        yield Finding(
            ("costs",), said.COSTS_MISSING.of(status=model.status), code="S101", missing=True
        )
    if (
        isinstance(model, HostRequest)
        and model.selection is None
        and (model.intention != "not_participating")
    ):
        yield Finding(("selection",), said.SELECTION_MISSING.of(), code="S101", missing=True)


def _findings(error: ValidationError, model_class, data) -> typing.Iterator[Finding]:
    for item in error.errors(include_url=False):
        path = _clean_loc(item["loc"], data)
        kind = item["type"]
        name = dotted(path)
        value = _value_at(data, path)
        if kind == "missing":
            yield Finding(path, said.MISSING.of(key=name), code="S101", missing=True)
        elif kind == "extra_forbidden":
            yield Finding(path, _unknown_key_message(model_class, path), code="S102", at_key=True)
        elif value is None and _present(data, path):
            yield Finding(path, said.EMPTY.of(key=name), code="S101", at_key=True)
        elif isinstance(misread := item.get("ctx", {}).get("error"), Misread):
            fix = misread.reading
            yield Finding(path, fix.said(name), code="S103", fix=fix)
        else:
            problem = type_problem(item, value)
            yield Finding(path, said.WRONG_FORM.of(key=name, problem=problem), code="S103")


def type_problem(item: dict, value: Any) -> Said | Verbatim:
    """What is wrong with ``value``, from pydantic's error ``item`` about it: the form's own
    message (``models.types``), the choices of a list of words, or the kind of value expected."""
    kind = item["type"]
    if kind == "value_error":
        error = item.get("ctx", {}).get("error")
        if hasattr(error, "said"):
            return error.said
        message = item["msg"].removeprefix("Value error, ")
        return Verbatim(message, said.OTHER_FORM.of(detail=message))
    if kind in ("literal_error", "enum"):
        expected = item.get("ctx", {}).get("expected", "")
        choices = [part.strip(" '") for part in expected.replace(" or ", ",").split(",")]
        choices = [choice for choice in choices if choice]
        shown = f"'{value}'" if isinstance(value, str) else repr(value)
        close = difflib.get_close_matches(str(value), choices, n=1, cutoff=0.6)
        hint = said.DID_YOU_MEAN.of(close=close[0]) if close else ""
        listed = ", ".join(choices) if len(choices) <= 10 else ", ".join(choices[:10]) + ", …"
        return said.NOT_ALLOWED.of(value=shown, choices=listed, hint=hint)
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return said.EXPECTED_MAPPING.of(value=said.described(value))
    if kind == "list_type":
        return said.EXPECTED_LIST.of(value=said.described(value))
    if kind == "string_type":
        return said.EXPECTED_TEXT.of(value=said.described(value))
    return Verbatim(item["msg"], said.OTHER_FORM.of(detail=item["msg"]))


def _present(data: Any, path: KeyPath) -> bool:
    node = data
    for step in path:
        if (isinstance(node, dict) and step in node) or (
            isinstance(node, list) and isinstance(step, int) and step < len(node)
        ):
            node = node[step]
        else:
            return False
    return True


def _value_at(data: Any, path: KeyPath) -> Any:
    node = data
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _clean_loc(loc: tuple, data: Any) -> KeyPath:
    """pydantic's error location as a key path into the data (union and validator tags out)."""
    path: list = []
    node = data
    for position, step in enumerate(loc):
        if (isinstance(node, dict) and step in node) or (
            isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        ):
            node = node[step]
        elif position == len(loc) - 1 and isinstance(node, dict):
            path.append(step)  # a missing key: the last step is not in the data
            break
        else:
            continue
        path.append(step)
    return tuple(path)


def _unknown_key_message(model_class, path: KeyPath) -> Said:
    key = str(path[-1])
    where = dotted(path[:-1])
    known = sorted(known_keys(model_class, path[:-1]))
    place = said.IN_PLACE.of(where=where) if where else ""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return said.UNKNOWN_KEY_CLOSE.of(key=key, place=place, close=close[0])
    return said.UNKNOWN_KEY.of(key=key, place=place, keys=", ".join(known))


def known_keys(model_class, path: KeyPath) -> set[str]:
    """The keys a record of ``model_class`` allows at ``path`` (a mapping's keys by alias)."""
    current: Any = model_class
    for step in path:
        current = model_inside(current)
        if current is None:
            return set()
        if isinstance(step, int):
            continue
        for name, info in current.model_fields.items():
            if (info.alias or name) == step:
                current = info.annotation
                break
        else:
            return set()
    current = model_inside(current)
    if current is None:
        return set()
    return {info.alias or name for name, info in current.model_fields.items()}


def model_inside(annotation: Any) -> Any:
    """The pydantic model inside an annotation (``X | None``, ``list[X]``, ``Annotated``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType, list, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = model_inside(arg)
            if found is not None:
                return found
    return None
