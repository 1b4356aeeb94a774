"""What `lgotp new` asks, and how it reads an answer: the keys still to be asked given the
answers so far (the model's required keys, the rules' and the planned costs), each as a
``Question`` in the chosen language with the form of its value and, for the phases of a stay, the
dates the programme calendar proposes; and each answer checked (and a country's name turned into
its code) before it is taken.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter, ValidationError

from lgotp_cli.i18n import is_japanese, record_words, setup_words
from lgotp_cli.i18n.text import Said, Terms, Words
from lgotp_cli.keys import ITEM
from lgotp_cli.models.keys import key_order, leaf_of, model_keys, required_keys
from lgotp_cli.record_text import split_list


@dataclass(frozen=True, slots=True)
class Question:
    """A key to ask for: what it is and the form of its value (in the language asked in),
    whether it must be answered, and what Enter takes (a proposed date)."""

    key: str
    description: str
    required: bool
    hint: str = ""
    problem: str | None = None  # what was wrong with the last answer
    default: str | None = None  # what an empty answer takes
    optional_words: str = setup_words.OPTIONAL.en

    @property
    def prompt(self) -> str:
        """The question as the prompt shows it: ``key: what it is (form, optional)``."""
        optional = "" if self.required or self.default else self.optional_words
        hint = f" ({self.hint}{optional})" if self.hint or optional else ""
        return f"{self.key}: {self.description}{hint}"


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
INFERRED = ("id", "status", "fiscal_year")
DEFAULTS = {
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
# A trainee's planned costs: T119 warns without them when the host claims allocation tax.
TRAINEE_COSTS = (
    "costs.airfare",
    "costs.accommodation",
    "costs.living_allowance",
    "costs.training",
    "costs.domestic_travel",
    "costs.other",
)
DATE_FORM = "YYYY-MM-DD"  # the same in both languages
_COUNTRY_KEYS = frozenset(
    ("nationality", "employer.country", "request.country", "conditions.countries")
)


def retired(answers: dict[str, str]) -> bool:
    """Whether the answers make the specialist a retired one."""
    return answers.get("specialist.retired", "").strip().lower() == "true"


def _claims_allocation_tax(answers: dict[str, str], config) -> bool:
    """Whether the trainee's host claims allocation tax for the year (T119 asks for costs):
    unless ``non_grant_bodies`` lists it for the fiscal year of the arrival."""
    if config is None:
        return True
    from datetime import date

    from lgotp_cli.months import fiscal_year

    try:
        year = fiscal_year(date.fromisoformat(answers.get("period.arrival", "")))
    except ValueError:
        return True
    return answers.get("host.code") not in config.non_grant_bodies.get(year, ())


def _conditional_keys(kind: str, answers: dict[str, str], config) -> list[str]:
    """Keys required given the answers so far (T113, T117, R302, R303; a serving specialist's
    employer)."""
    keys: list[str] = []
    if kind == "dispatch" and not retired(answers):
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


def questions(
    kind: str, answers: dict[str, str], *, lang: str = "en", config=None
) -> list[Question]:
    """What is still to be asked, given the answers so far, in the model's order: the required
    keys, a few worth asking, and (for a trainee) the phases of the stay with the dates the
    programme proposes."""
    required = [
        key
        for key in (
            *required_keys(kind),
            *_RULE_REQUIRED[kind],
            *_conditional_keys(kind, answers, config),
        )
        if key not in INFERRED and not (kind == "trainee" and key == "employer.country")
    ]
    if kind == "request":
        required = [key for key in required if key != "submitted.form1"]
    proposed: dict[str, str] = {}
    if kind == "trainee":
        from lgotp_cli.programme_dates import proposed_phases

        proposed = proposed_phases(answers, config)
    # The planned costs are asked for (T119 warns without them when the host claims allocation
    # tax) but never required: a trainee whose costs are not known yet can still be recorded.
    costs = TRAINEE_COSTS if kind == "trainee" and _claims_allocation_tax(answers, config) else ()
    asked = (*_OPTIONAL_ASKED[kind], *proposed, *costs)
    optional = [key for key in asked if key not in required]
    wanted = sorted(dict.fromkeys(required + optional), key=key_order((kind,)))
    return [
        _question(kind, key, key in required, lang, proposed.get(key))
        for key in wanted
        if not answers.get(key)
    ]


def _question(kind: str, key: str, required: bool, lang: str, default: str | None) -> Question:
    from lgotp_cli.schema import describe

    leaf = leaf_of(kind, key)
    assert leaf is not None, key
    description = describe(leaf.model, leaf.name) or key
    if key.startswith("period.") and key.endswith((".start", ".end")):
        phase = record_words.PHASE_IN_A_SENTENCE.label(key.split(".")[1], lang)
        words = setup_words.PHASE_START if key.endswith(".start") else setup_words.PHASE_END
        description = words(lang, phase=phase)
    elif is_japanese(lang) and " / " in description:
        description = description.rsplit(" / ", 1)[1]  # the model's descriptions say both
    return Question(
        key,
        description,
        required,
        _hint(kind, key, leaf, description, lang),
        default=default,
        optional_words=setup_words.OPTIONAL.in_(lang),
    )


def _hint(kind: str, key: str, leaf, description: str, lang: str) -> str:
    """The form of the value, in ``lang``: a date, a code, the choices (with their words)."""
    if leaf.form == "date":
        return DATE_FORM
    if leaf.form == "code":
        return setup_words.CODE_FORM.in_(lang)
    if leaf.form == "int" and key.startswith("costs."):
        return setup_words.MONEY_FORM.in_(lang)
    if key in _COUNTRY_KEYS:
        words = setup_words.COUNTRIES_FORM if leaf.form == "list" else setup_words.COUNTRY_FORM
        return words.in_(lang)
    choices = leaf.choices
    if not choices:
        return setup_words.SEPARATED.in_(lang) if leaf.form == "list" else ""
    named = _named_choices(kind, key, choices, lang)
    if not is_japanese(lang) and " | ".join(choices) in description:
        return ""
    if len(choices) <= 12:
        shown = " | ".join(named)
        if leaf.form == "list":
            return setup_words.ONE_OR_MORE(lang, choices=shown)
        return shown
    separator = "、" if is_japanese(lang) else ", "
    return setup_words.ONE_OF_KEYS(lang, count=len(choices), choices=separator.join(named))


def _choice_words(kind: str, key: str) -> Terms | None:
    """The words for the choices of ``key``, where the catalogue has them."""
    if key in ("field", "conditions.fields"):
        return record_words.FIELD
    if key == "status":
        return record_words.DISPATCH_STATUS if kind == "dispatch" else record_words.STATUS
    return {
        "intention": record_words.INTENTION,
        "selection.method": record_words.SELECTION_METHOD,
        "selection.relationship": record_words.RELATIONSHIP,
        "conditions.language": record_words.TRAINING_LANGUAGE,
        "employer.type": setup_words.EMPLOYER_TYPE,
        "specialist.arrangement": setup_words.ARRANGEMENT,
        "costs.host_provides": setup_words.HOST_PROVIDES,
    }.get(key)


def _named_choices(kind: str, key: str, choices: tuple[str, ...], lang: str) -> list[str]:
    """The choices as they are typed, each with its word in Japanese: ``tourism（観光）``."""
    terms = _choice_words(kind, key)
    if not is_japanese(lang) or terms is None:
        return list(choices)
    return [
        f"{choice}（{terms.label(choice, lang)}）" if choice in terms else choice
        for choice in choices
    ]


# --- an answer ----------------------------------------------------------------------------------


def normalise(kind: str, key: str, text: str) -> str:
    """The answer as the record holds it: a country named in English or Japanese (ブラジル,
    Brazil, brazil) as its code (BR), in a list too; anything else as it is."""
    if key not in _COUNTRY_KEYS:
        return text
    from lgotp_cli.reference.countries import country_code_of

    leaf = leaf_of(kind, key)
    if leaf is not None and leaf.form == "list":
        return "; ".join(country_code_of(item) or item for item in split_list(text))
    return country_code_of(text) or text


def check_answer(kind: str, key: str, text: str) -> Said | None:
    """What is wrong with ``text`` as the value of ``key`` (None when nothing is), to be said
    in the chosen language. A country is checked as ``normalise`` leaves it."""
    leaf = leaf_of(kind, key)
    if leaf is None:
        return _unknown_key(kind, key)
    if leaf.form == "model":
        return setup_words.IS_A_MAPPING.of(key=key)
    if key in _COUNTRY_KEYS:
        problem = _country_problem(kind, key, text)
        if problem is not None:
            return problem
        text = normalise(kind, key, text)
    value: Any = split_list(text) if leaf.form == "list" else text
    try:
        TypeAdapter(leaf.annotation).validate_python(value)
    except ValidationError as error:
        first = error.errors(include_url=False)[0]
        if first["type"] == "literal_error":
            wrong = str(first["input"])
            close = difflib.get_close_matches(wrong, leaf.choices, n=1, cutoff=0.6)
            if close:
                return setup_words.NOT_ALLOWED_CLOSE.of(wrong=wrong, close=close[0])
            expected = Words(first["ctx"]["expected"], "、".join(leaf.choices))
            return setup_words.NOT_ALLOWED.of(wrong=wrong, expected=expected)
        own = first.get("ctx", {}).get("error")
        if hasattr(own, "said"):  # a form that says itself (models.types.FormError)
            return own.said
        message = first["msg"].removeprefix("Value error, ")
        return Words("{message}", "{message}").of(message=message)  # the model's own words
    if leaf.form == "code":
        return _check_digit_problem(text)
    return None


def _country_problem(kind: str, key: str, text: str) -> Said | None:
    """A country that ``normalise`` could not name: what was meant, when it is close."""
    from lgotp_cli.reference.countries import countries_like, country_code_of, is_country

    leaf = leaf_of(kind, key)
    items = split_list(text) if leaf is not None and leaf.form == "list" else [text]
    for item in items:
        if is_country(item) or country_code_of(item):
            continue
        close = Words(", ".join(countries_like(item, "en")), "、".join(countries_like(item, "ja")))
        hint = setup_words.CLOSEST.of(names=close) if close.en else ""
        return setup_words.NOT_A_COUNTRY.of(text=item, hint=hint)
    return None


def _check_digit_problem(code: str) -> Said | None:
    """A host code whose check digit is wrong, naming the government the corrected code is
    (not being in MIC's list is a rule's business, and may be waived)."""
    from lgotp_cli.reference import codes
    from lgotp_cli.reference.romaji import english_name

    if codes.has_valid_check_digit(code):
        return None
    right = codes.with_check_digit(code)
    government = codes.lookup(right)
    former = None if government is not None else codes.former(right)
    if government is None and former is None:
        return setup_words.WRONG_CHECK_DIGIT.of(code=code, right=right)
    japanese = government.name if government is not None else former.name
    english = english_name(right) if government is not None else former.name_en
    name = Words(f"{japanese} ({english})" if english else japanese, japanese)
    return setup_words.WRONG_CHECK_DIGIT_NAMED.of(code=code, right=right, name=name)


def _unknown_key(kind: str, key: str) -> Said:
    keys = [pattern.replace(ITEM, "0") for pattern in model_keys(kind)]
    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    hint = (
        setup_words.DID_YOU_MEAN_KEY.of(key=close[0])
        if close
        else setup_words.SCHEMA_LISTS_KEYS.of()
    )
    return setup_words.UNKNOWN_KEY.of(kind=setup_words.KIND[kind], key=key, hint=hint)
