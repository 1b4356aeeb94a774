"""JSON Schema (draft 2020-12) of the record kinds and of ``lgotp.yaml``, for editors and tools.

Generated from the same pydantic models the validator uses. YAML tools (yaml-language-server,
check-jsonschema) read scalars by YAML 1.2, not as text the way lgotp does, so each value type is
exported as what such a tool sees for a value lgotp accepts: an amount is an integer or a
string of digits (``180000`` or ``"180000"``), a code is six digits quoted (or an unquoted
integer that keeps its six digits), a date is a ``YYYY-MM-DD`` string (both tools hand dates
over as strings). A record file may hold one record or a list of them.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from pydantic.json_schema import GenerateJsonSchema, models_json_schema

from lgotp_cli.config import parse_ratio
from lgotp_cli.models.types import (
    check_code,
    check_country,
    check_id,
    check_text,
    parse_count,
    parse_date,
    parse_money,
    parse_year,
)

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_KINDS = ("trainee", "dispatch", "request", "config")

_DATE = {"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
_WHOLE = {
    "anyOf": [
        {"type": "integer", "minimum": 0},
        {"type": "string", "pattern": "^[0-9]+$"},
    ]
}
_YEAR = {
    "anyOf": [
        {"type": "integer", "minimum": 1000, "maximum": 9999},
        {"type": "string", "pattern": "^[0-9]{4}$"},
    ]
}
_CODE = {
    "anyOf": [
        {"type": "string", "pattern": "^[0-9]{6}$"},
        # `code: 232025` unquoted is an integer to a YAML 1.2 reader; lgotp reads the same text.
        {"type": "integer", "minimum": 100000, "maximum": 999999},
    ]
}
_RATIO = {
    "anyOf": [
        {"type": "number", "minimum": 0, "maximum": 1},
        {"type": "string", "pattern": "^[0-9]+(\\.[0-9]+)?$"},
    ]
}
# The schema of each value type, by the function that reads it (types.py's BeforeValidators).
_VALUE_SCHEMAS: dict[Any, dict] = {
    parse_date: _DATE,
    parse_money: _WHOLE,
    parse_count: _WHOLE,
    parse_year: _YEAR,
    check_code: _CODE,
    check_country: {"type": "string", "pattern": "^[A-Z]{2}$"},
    check_id: {"type": "string", "pattern": "^[A-Za-z0-9._-]+$"},
    check_text: {"type": "string", "minLength": 1, "pattern": "\\S"},
    parse_ratio: _RATIO,
}

_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")

# Descriptions for the keys whose model gives none (or gives it in English only): the editor
# shows them on hover, in English and Japanese.
_DESCRIPTIONS = {
    "id": "Record id, unique across all records; the file is <id>.yaml / 記録ID",
    "kind": "The record's kind; optional, the folder decides / 記録の種類（省略可）",
    "notes": "Free text / 備考",
    "waivers": "Rules this record is excused from, each with a reason / 適用除外",
    "Trainee.status": "planned | in_training | completed | withdrawn / 状況",
    "Trainee.name": "The trainee's name / 氏名",
    "Trainee.employer": "Who the trainee works for at home / 所属団体",
    "Trainee.languages": "Spoken English or Japanese (one of the two is enough) / 語学力",
    "Trainee.selection": "How the trainee was selected / 選考方法",
    "Trainee.host": "The Japanese host local government / 受入団体",
    "Trainee.period": "Arrival, departure and the three phases / 研修期間",
    "Trainee.withdrawal": "Required when status is withdrawn / 中途帰国",
    "Dispatch.status": "planned | dispatched | completed | cancelled / 状況",
    "Dispatch.specialist": "The expert sent / 派遣専門家",
    "Dispatch.request": "The overseas local government's request / 派遣要請",
    "Dispatch.period": "Leaves Japan, back in Japan / 派遣期間",
    "Dispatch.costs": "Costs; optional while planned / 経費",
    "Dispatch.report": "The report after returning / 派遣報告書",
    "Specialist.name": "The specialist's name / 氏名",
    "Specialist.employer": "The specialist's Japanese local government / 所属団体",
    "DispatchCosts.clair": "Yen borne by CLAIR / クレア負担経費",
    "HostRequest.host": "The host local government / 受入希望団体",
    "HostRequest.selection": "Form 2: the selection method / 様式2 選考方法",
    "HostRequest.conditions": "Form 3: the trainee wanted / 様式3 希望条件",
    "HostRequest.submitted": "When the forms were submitted / 提出日",
    "HostRequest.contact": "Who to contact at the host / 連絡先",
    "RequestSelection.relationship": "sister_city | friendship | other / 姉妹・友好関係",
    "RequestSelection.partner": "The overseas government of the tie / 相手団体",
    "Submitted.form2": "Form 2 submitted / 様式2提出日",
    "Submitted.form3": "Form 3 submitted / 様式3提出日",
    "Contact.division": "Division / 担当課",
    "Contact.email": "E-mail / メールアドレス",
    "Contact.phone": "Telephone / 電話番号",
    "Contact.person": "Person in charge / 担当者",
    "CountRange.min": "At least / 下限",
    "CountRange.max": "At most / 上限",
    "Rates.prefecture_per_entity": "Ordinary allocation tax per prefecture / 普通交付税（1団体当たり）",
    "Rates.municipality_base": "Special allocation tax base per trainee / 特別交付税 基準額",
    "Rates.municipality_base_short": "Base when the stay is short / 短期の場合の基準額",
    "Rates.municipality_ratio": "Share of the base (0–1) / 措置率",
    "Rates.short_months": "A stay under this many months is short / 短期とする月数",
    "CalendarEvent.date": "The event's date / 日付",
    "CalendarEvent.event": "What happens / 内容",
}

_TITLES = {
    "trainee": ("LGOTP trainee record", "協力交流研修員の記録 (trainees/)"),
    "dispatch": ("Specialist dispatch record", "専門家派遣の記録 (dispatches/)"),
    "request": ("Host request record", "利用要望調査の記録 (requests/)"),
}


class UnknownSchema(ValueError):
    """No schema of that name."""


class _Generator(GenerateJsonSchema):
    """pydantic's generator, with lgotp's value types exported as YAML tools see them."""

    def function_before_schema(self, schema):
        known = _VALUE_SCHEMAS.get(schema["function"]["function"])
        if known is not None:
            return copy.deepcopy(known)
        return super().function_before_schema(schema)


def record_schema(kind: str) -> dict:
    """The JSON Schema of a record file of ``kind`` (trainee, dispatch or request)."""
    from lgotp_cli.models.record import KIND_MODELS

    if kind not in KIND_MODELS:
        raise UnknownSchema(kind)
    model = KIND_MODELS[kind]
    _, document = models_json_schema(
        [(model, "validation")], by_alias=True, schema_generator=_Generator
    )
    definitions = document["$defs"]
    _finish(definitions)
    record = {"$ref": f"#/$defs/{model.__name__}"}
    title, japanese = _TITLES[kind]
    return {
        "$schema": DRAFT,
        "title": title,
        "description": (
            f"{title} for lgotp: one record (a mapping) or a list of records. / {japanese}. "
            "Generated by `lgotp schema`; `lgotp validate` checks the rules beyond it."
        ),
        "anyOf": [record, {"type": "array", "minItems": 1, "items": record}],
        "$defs": definitions,
    }


def config_schema() -> dict:
    """The JSON Schema of ``lgotp.yaml``: every policy key optional (it overrides the built-in
    defaults key by key), allocation-tax rates and calendar events by fiscal year."""
    from lgotp_cli.config import CalendarEvent, HostCode, OutputStyle, Policy, Rates

    _, document = models_json_schema(
        [
            (Policy, "validation"),
            (Rates, "validation"),
            (CalendarEvent, "validation"),
            (HostCode, "validation"),
            (OutputStyle, "validation"),
        ],
        by_alias=True,
        schema_generator=_Generator,
    )
    definitions = document["$defs"]
    _finish(definitions)
    for name in ("Policy", "CountRange", "OutputStyle"):  # over the defaults: none required
        definitions[name].pop("required", None)
    year = "^[0-9]{4}$"
    return {
        "$schema": DRAFT,
        "title": "lgotp.yaml",
        "description": (
            "Policy overrides, allocation-tax rates and the programme calendar of a records "
            "repository; everything left out keeps its built-in default (`lgotp config`). / "
            "lgotpの設定（方針・交付税措置・日程）"
        ),
        "type": "object",
        "additionalProperties": False,
        "properties": {
            "policy": {
                "description": "Limits the rules check against, key by key / 審査の基準",
                "anyOf": [{"$ref": "#/$defs/Policy"}, {"type": "null"}],
            },
            "allocation_tax": {
                "description": (
                    "Allocation-tax rates by fiscal year (2024: {...}); a year without rates "
                    "uses the latest earlier year's / 交付税措置（年度別）"
                ),
                "type": ["object", "null"],
                "additionalProperties": False,
                "patternProperties": {year: {"$ref": "#/$defs/Rates"}},
                "properties": {
                    "non_grant_bodies": {
                        "description": (
                            "Hosts that get no allocation tax, by fiscal year: "
                            '{2024: ["130001"]} / 不交付団体（年度別）'
                        ),
                        "type": ["object", "null"],
                        "additionalProperties": False,
                        "patternProperties": {
                            year: {"type": "array", "items": copy.deepcopy(_CODE)}
                        },
                    }
                },
            },
            "host_codes": {
                "description": (
                    "Former local government codes the records use, with their dates / "
                    "旧団体コード（合併・市制施行前）"
                ),
                "type": ["array", "null"],
                "items": {"$ref": "#/$defs/HostCode"},
            },
            "lang": {
                "description": "Output language when --lang and LGOTP_LANG are not given / 出力言語",
                "enum": ["en", "ja", None],
            },
            "output": {
                "description": "How outputs for people write dates and negatives / 出力の書式",
                "anyOf": [{"$ref": "#/$defs/OutputStyle"}, {"type": "null"}],
            },
            "calendar": {
                "description": "Programme events by the fiscal year surveyed / 年間日程（年度別）",
                "type": ["object", "null"],
                "additionalProperties": False,
                "patternProperties": {
                    year: {"type": "array", "items": {"$ref": "#/$defs/CalendarEvent"}}
                },
            },
        },
        "$defs": definitions,
    }


def schema_for(name: str) -> dict:
    """``record_schema`` or ``config_schema`` by name; UnknownSchema for any other name."""
    if name == "config":
        return config_schema()
    return record_schema(name)


def _finish(definitions: dict) -> None:
    """Bilingual descriptions where the model has none; pydantic's leftovers out."""
    for name, definition in definitions.items():
        for key, prop in definition.get("properties", {}).items():
            wanted = _DESCRIPTIONS.get(f"{name}.{key}") or _DESCRIPTIONS.get(key)
            if wanted and not _JAPANESE.search(prop.get("description", "")):
                prop["description"] = wanted
        _tidy(definition)


def _tidy(node: Any) -> None:
    """Drop ``default: null`` (an editor would insert it) and pydantic's non-standard
    ``ge``/``le`` (the value schemas carry ``minimum``/``maximum``); flatten nested anyOf."""
    if isinstance(node, dict):
        if node.get("default", 0) is None:
            del node["default"]
        node.pop("ge", None)
        node.pop("le", None)
        if "anyOf" in node:  # `Year | None`: one flat list of choices
            flat = []
            for choice in node["anyOf"]:
                flat.extend(choice["anyOf"] if set(choice) == {"anyOf"} else [choice])
            node["anyOf"] = flat
        for key, value in node.items():
            if key in ("properties", "patternProperties", "$defs"):
                for child in value.values():
                    _tidy(child)
            else:
                _tidy(value)
    elif isinstance(node, list):
        for item in node:
            _tidy(item)


def describe(model: type, name: str) -> str | None:
    """The description of ``model``'s field ``name`` (by attribute name) that the schema
    shows: the model's own when it has Japanese, else this module's bilingual one."""
    info = model.model_fields[name]
    key = info.alias or name
    text = info.description or ""
    if _JAPANESE.search(text):
        return text
    return _DESCRIPTIONS.get(f"{model.__name__}.{key}") or _DESCRIPTIONS.get(key) or text or None
