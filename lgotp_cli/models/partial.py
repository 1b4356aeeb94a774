"""What can still be checked in a record that does not fit its model.

A record with schema findings (S101–S103) has no model, so no rule of its kind could look at
it, and a user would see D201 only after fixing an S101 elsewhere in the record. Most findings
lie in one top-level key (``specialist.employer`` missing breaks ``specialist``); the other keys
are as good as in a valid record. ``partial_model`` builds a model from the keys that are
sound, the broken ones replaced by a stand-in (a required key) or left out (an optional one),
and says which keys are broken. The engine runs on it only the rules that read none of them
(``Rule.depends_on``), so a stand-in is never looked at: it only lets the model be built.

No partial model is made for a record whose kind is in doubt (S104, or ``kind`` itself
broken): which model it should fit is the question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from lgotp_cli.models.record import KIND_MODELS, Record

# A value for each required top-level key of each kind, valid for the model (values are the text
# a file holds). They stand in for a broken key while the model is built, and nothing reads them.
STAND_INS: dict[str, dict[str, Any]] = {
    "trainee": {
        "id": "STAND-IN",
        "status": "completed",
        "name": {"family": "Stand-in", "given": "Stand-in"},
        "nationality": "PH",
        "employer": {"name": "Stand-in", "country": "PH", "type": "local_government"},
        "languages": {"english": "B2"},
        "selection": {"method": "clair"},
        "host": {"code": "232025"},
        "field": "tourism",
        "period": {"arrival": "2024-05-27", "departure": "2025-03-19"},
    },
    "dispatch": {
        "id": "STAND-IN",
        "status": "completed",
        "specialist": {
            "name": {"family": "Stand-in", "given": "Stand-in"},
            "employer": {"code": "272035"},
            "arrangement": "business_trip",
        },
        "field": "water_supply_sewage",
        "period": {"departure": "2024-07-01", "return": "2024-07-20"},
    },
    "request": {
        "id": "STAND-IN",
        "fiscal_year": "2025",
        "host": {"code": "232025"},
        "intention": "participate",
        "submitted": {"form1": "2024-10-02"},
    },
}


@dataclass(frozen=True, slots=True)
class Partial:
    """A model of a record built without its broken top-level keys, and which keys those are:
    only a rule that depends on none of them may look at it."""

    model: Any
    broken: frozenset[str]


def broken_keys(record: Record) -> frozenset[str] | None:
    """The top-level keys the record's schema findings lie in; None when the findings are about
    the record as a whole (its kind, or no key at all)."""
    keys = set()
    for finding in record.schema_findings:
        if not finding.path or finding.path[0] == "kind" or not isinstance(finding.path[0], str):
            return None
        keys.add(finding.path[0])
    return frozenset(keys)


def partial_model(record: Record) -> Partial | None:
    """The record's model without its broken keys, when it has schema findings and they lie in
    some keys only; None otherwise (a valid record has its own model)."""
    if record.model is not None or not record.schema_findings:
        return None
    broken = broken_keys(record)
    if broken is None:
        return None
    stand_ins = STAND_INS[record.kind]
    data = {key: value for key, value in record.raw.data.items() if key not in broken}
    data.update({key: stand_ins[key] for key in broken if key in stand_ins})
    try:
        model = KIND_MODELS[record.kind].model_validate(data)
    except ValidationError:  # the sound keys fail together: nothing can be checked
        return None
    return Partial(model, broken)
