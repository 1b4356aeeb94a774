"""The layout of the survey forms: one table (``LAYOUT``) of every row of Forms 1–3, by form and
row: its label, what kind of cell it is, the request record's key it holds and the list it is
chosen from. The writer lays the workbook out from this table and the reader reads it back by
the same table, so that they cannot disagree; ``LAYOUT_VERSION`` changes whenever the table
does, and the reader refuses a form of another version.

Each form sheet: the title in row 1, guidance in row 2, a heading in row 4, then one row per
entry: the label in column A, the answer in column B, how to fill it in column C. A hidden
sheet (``MARKER_SHEET``) says which form, layout, host, fiscal year and language it is; another
(``LISTS_SHEET``) holds the lists the cells' data validation offers.

Plain Python: `lgotp --help` imports the commands, which name this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lgotp_cli.i18n import form_words
from lgotp_cli.keys import key_path

FORM_NAME = "survey"  # what the marker says the workbook is
LAYOUT_VERSION = 1
MARKER_SHEET = "lgotp"
LISTS_SHEET = "lists"
FORMS = ("form1", "form2", "form3")

LABEL_COLUMN, VALUE_COLUMN, GUIDE_COLUMN = 1, 2, 3
TITLE_ROW, GUIDANCE_ROW, HEADING_ROW, FIRST_ROW = 1, 2, 4, 5

COUNTRY_SLOTS = 5  # countries wanted, in order of preference
FIELD_SLOTS = 5

# The marker sheet: a key in column A, its value in column B, one a row, in this order.
MARKER_KEYS = ("form", "layout", "host", "fiscal_year", "lang")

# The lists on the lists sheet, a column each in this order (row 1 names the list).
LISTS = ("intention", "method", "relationship", "language", "field", "country")

# Whole numbers a count cell accepts without a second thought (Excel's validation warns
# outside them; the rules judge the rest): trainees wanted, and months of a stay (at most a
# year in the programme).
COUNT_RANGES = {"trainees": (0, 99), "conditions.months": (1, 12)}


@dataclass(frozen=True, slots=True)
class Row:
    """One row of a form: ``name`` is its label's entry in ``form_words.LABEL``; ``kind`` is
    ``fixed`` (filled in by lgotp and locked), ``choice`` (from list ``choices``), ``count``,
    ``date`` or ``text``; ``key`` the request's dotted key it holds (``slot``: which item of a
    list value); ``required`` an answer every form must give, or, with ``group``, every form
    that answers anything of the group (``selection``, ``conditions``)."""

    form: str
    row: int
    name: str
    kind: str
    key: str | None = None
    choices: str | None = None
    slot: int | None = None
    required: bool = False
    group: str | None = None

    def label(self, lang: str) -> str:
        """The row's label in ``lang`` (a preference's number filled in)."""
        words = form_words.LABEL[self.name]
        return words(lang, n=self.slot + 1) if self.slot is not None else words.in_(lang)

    @property
    def key_path(self) -> tuple:
        """The record's key path of the value (a list item's index included)."""
        if self.key is None:
            return ()
        return key_path(self.key) + (() if self.slot is None else (self.slot,))

    @property
    def is_input(self) -> bool:
        """Whether a clerk fills the cell in (it is unlocked)."""
        return self.kind != "fixed"


# The rows every form opens with, filled in by lgotp: whose form it is and by when.
FIXED_ROWS = (
    ("host_code", "fixed", "host.code"),
    ("host_name", "fixed", None),
    ("fiscal_year", "fixed", None),
    ("deadline", "fixed", None),
)


def _inputs(form: str) -> list[tuple]:
    """(name, kind, key, choices, slot, required, group) of the rows a clerk fills in."""
    if form == "form1":
        return [
            ("intention", "choice", "intention", "intention", None, True, None),
            ("trainees", "count", "trainees", None, None, False, None),
            ("division", "text", "contact.division", None, None, False, None),
            ("person", "text", "contact.person", None, None, False, None),
            ("phone", "text", "contact.phone", None, None, False, None),
            ("email", "text", "contact.email", None, None, False, None),
            ("submitted", "date", "submitted.form1", None, None, True, None),
        ]
    if form == "form2":
        return [
            ("method", "choice", "selection.method", "method", None, True, "selection"),
            (
                "relationship",
                "choice",
                "selection.relationship",
                "relationship",
                None,
                False,
                "selection",
            ),
            ("partner", "text", "selection.partner", None, None, False, "selection"),
            ("submitted", "date", "submitted.form2", None, None, False, None),
        ]
    countries = [
        ("country", "choice", "conditions.countries", "country", slot, slot == 0, "conditions")
        for slot in range(COUNTRY_SLOTS)
    ]
    fields = [
        ("field", "choice", "conditions.fields", "field", slot, slot == 0, "conditions")
        for slot in range(FIELD_SLOTS)
    ]
    return [
        *countries,
        *fields,
        ("language", "choice", "conditions.language", "language", None, True, "conditions"),
        ("months", "count", "conditions.months", None, None, True, "conditions"),
        ("submitted", "date", "submitted.form3", None, None, False, None),
    ]


def _layout() -> tuple[Row, ...]:
    rows = []
    for form in FORMS:
        number = FIRST_ROW
        for name, kind, key in FIXED_ROWS:
            rows.append(Row(form, number, name, kind, key))
            number += 1
        for name, kind, key, choices, slot, required, group in _inputs(form):
            rows.append(Row(form, number, name, kind, key, choices, slot, required, group))
            number += 1
    return tuple(rows)


LAYOUT: tuple[Row, ...] = _layout()

# The request's dotted keys the forms hold (each once, in the forms' order): what an import
# compares with the record and changes; every other key of the record is left as it is.
FORM_KEYS: tuple[str, ...] = tuple(
    dict.fromkeys(row.key for row in LAYOUT if row.is_input and row.key is not None)
)


def rows_of(form: str) -> Iterator[Row]:
    """The rows of ``form``, top to bottom."""
    return (row for row in LAYOUT if row.form == form)


def last_row(form: str) -> int:
    """The last row of ``form`` the table lays out."""
    return max(row.row for row in rows_of(form))


def sheet_name(form: str, lang: str) -> str:
    """The name of ``form``'s sheet in ``lang`` (様式1, Form 1)."""
    return form_words.SHEET[form].in_(lang)
