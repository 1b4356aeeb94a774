"""What a workbook template may make: how many rows, columns and cells, and which formulas.

A records repository's workbook templates come from pull requests, and the returns made from
them are opened by the programmes' staff in Excel. So:

- a template may make at most ``WorkbookLimits`` rows, columns and cells (checked before a loop
  inserts anything, and on the template as it is: openpyxl fills every cell of a sheet's area
  when it is walked, so a 5 KB file with a value in XFD1048576 is 17 billion cells);
- links to other workbooks (``xl/externalLinks/``) are dropped from every template;
- a repository template's formulas may not reach outside the workbook: no DDE
  (``=cmd|' /C calc'!A0``), no references into other files, no function in
  ``OUTSIDE_FUNCTIONS``, no hyperlink out of the workbook (the packaged templates are trusted);
- text from records that Jinja puts inside a formula becomes a string literal
  (``"O""Brien"``), so that a quote in a name cannot add formula syntax.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from lgotp_cli.i18n import return_words as said
from lgotp_cli.i18n.text import Said
from lgotp_cli.render.guard import spreadsheet_text

EXCEL_CELL_CHARACTERS = 32_767
EXCEL_FORMULA_CHARACTERS = 8_192
EXCEL_LITERAL_CHARACTERS = 255  # the longest string literal a formula may hold

# Functions that fetch from the network or other files, run programs or add-ins, send the
# workbook's data to a service, or tell where the file lives: Excel's, and those of LibreOffice
# and Google Sheets, which open the same files.
OUTSIDE_FUNCTIONS = frozenset(
    {
        "CALL",
        "COPILOT",
        "DDE",
        "DETECTLANGUAGE",
        "EXEC",
        "FILTERXML",
        "HYPERLINK",
        "IMAGE",
        "IMPORTDATA",
        "IMPORTFEED",
        "IMPORTHTML",
        "IMPORTRANGE",
        "IMPORTXML",
        "INFO",
        "PY",
        "REGISTER",
        "REGISTER.ID",
        "RTD",
        "SQL.REQUEST",
        "STOCKHISTORY",
        "TRANSLATE",
        "WEBSERVICE",
    }
)


# --- record text inside a formula -----------------------------------------------------------------


def formula_value(value) -> str:
    """A value Jinja puts inside a formula, as formula syntax: numbers as they are, dates as
    DATE(y,m,d), TRUE/FALSE, everything else a string literal (quotes doubled, in pieces of
    255 characters joined by &)."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
        return repr(value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime | date):
        return f"DATE({value.year},{value.month},{value.day})"
    text = spreadsheet_text("" if value is None else str(value))
    size = EXCEL_LITERAL_CHARACTERS
    pieces = [text[at : at + size] for at in range(0, len(text), size)] or [""]
    return "&".join('"' + piece.replace('"', '""') + '"' for piece in pieces)


@cache
def formula_environment(env):
    """``env`` with every ``{{ … }}`` written as formula syntax (``formula_value``)."""
    return env.overlay(finalize=formula_value)


# --- formulas that reach outside ------------------------------------------------------------------

_STRING_LITERAL = re.compile(r'"(?:[^"]|"")*"')
_QUOTED_NAME = re.compile(r"'(?:[^']|'')*'")
_FUNCTION = re.compile(r"([A-Za-z_\\][A-Za-z0-9_.]*)\s*\(")
_OTHER_FILE = re.compile(r"\][^\[\]\s(),;+\-*/&=<>^]*!")
_PATH = re.compile(r"(\\\\|[A-Za-z]:\\|://|\.xl[a-z]{1,2}\b)", re.IGNORECASE)
_PREFIXES = ("_XLFN.", "_XLWS.", "_XLPM.", "_XLETA.")


def outside_reach(formula: str) -> Said | None:
    """What in a formula reaches outside the workbook, as a phrase; None when nothing does."""
    plain = _STRING_LITERAL.sub('""', formula)
    names = [match.group(0)[1:-1] for match in _QUOTED_NAME.finditer(plain)]
    bare = _QUOTED_NAME.sub("'x'", plain)
    if "|" in bare:
        return said.REACH_DDE.of()
    if _OTHER_FILE.search(plain) or any(_PATH.search(name) for name in names):
        return said.REACH_OTHER_FILE.of()
    for match in _FUNCTION.finditer(bare):
        name = match.group(1).upper()
        while name.startswith(_PREFIXES):
            name = name.split(".", 1)[1]
        if name.startswith("_XLUDF."):
            return said.REACH_ADD_IN.of(name=name[7:])
        if name in OUTSIDE_FUNCTIONS:
            return said.REACH_FUNCTION.of(name=name)
    if len(formula) > EXCEL_FORMULA_CHARACTERS:
        return said.REACH_LONG_FORMULA.of(most=EXCEL_FORMULA_CHARACTERS)
    return None


def formula_text(value) -> str | None:
    """The formula a cell holds (also an array formula's), or None."""
    text = getattr(value, "text", value)
    return text if isinstance(text, str) and text.startswith("=") else None


def workbook_formulas(workbook):
    """The formulas of a workbook that are not in cells, as (where, formula): defined names,
    data validations and conditional formats (Excel evaluates them on opening)."""
    names = list(workbook.defined_names.values())
    for sheet in workbook.worksheets:
        names += list(getattr(sheet, "defined_names", {}).values())
        for validation in sheet.data_validations.dataValidation:
            for formula in (validation.formula1, validation.formula2):
                if formula:
                    where = said.WHERE_VALIDATION.of(sheet=sheet.title, cells=str(validation.sqref))
                    yield where, "=" + str(formula).lstrip("=")
        for entry in sheet.conditional_formatting:
            for rule in entry.rules:
                for formula in rule.formula or ():
                    where = said.WHERE_CONDITIONAL_FORMAT.of(
                        sheet=sheet.title, cells=str(entry.sqref)
                    )
                    yield where, "=" + str(formula).lstrip("=")
    for name in names:
        if name.attr_text:
            yield said.WHERE_DEFINED_NAME.of(name=name.name), "=" + name.attr_text.lstrip("=")


def external_hyperlink(cell) -> str | None:
    """A cell's hyperlink when it leads out of the workbook (a web page, a file), else None."""
    link = cell.hyperlink
    if link is None:
        return None
    return link.target or None


def drop_external_links(workbook) -> None:
    """Remove the workbook's links to other workbooks (``xl/externalLinks/``): Excel would
    fetch them, from a network share say, when the return is opened."""
    workbook._external_links = []
