"""Excel's data validation on the survey forms' input cells, from ``forms.layout``: a list to
choose from (on the hidden lists sheet), a whole number, or a date. It helps the clerk filling
the form in; `lgotp import` reads every cell for itself all the same.
"""

from __future__ import annotations

from datetime import date

from lgotp_cli.forms.layout import COUNT_RANGES, LISTS, LISTS_SHEET, VALUE_COLUMN, rows_of
from lgotp_cli.i18n import form_words


def list_range(name: str, length: int) -> str:
    """The cells of list ``name`` on the lists sheet, as a validation formula references them."""
    from openpyxl.utils import get_column_letter

    column = get_column_letter(LISTS.index(name) + 1)
    return f"'{LISTS_SHEET}'!${column}$2:${column}${length + 1}"


def submission_dates(fiscal_year: int) -> tuple[date, date]:
    """The dates a form for ``fiscal_year`` may be submitted on without a second thought: from
    the fiscal year two before it (the survey is in the autumn of the year before) to its end."""
    return date(fiscal_year - 2, 4, 1), date(fiscal_year + 1, 3, 31)


def add_validations(
    sheet, form: str, lang: str, fiscal_year: int, lists: dict[str, list[tuple[str, str]]]
) -> None:
    """Give each input cell of ``form`` on ``sheet`` its data validation."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    made: dict[str, DataValidation] = {}
    title = form_words.INVALID_TITLE.in_(lang)
    for row in rows_of(form):
        if not row.is_input or row.kind == "text":
            continue
        if row.kind == "choice":
            name = f"list:{row.choices}"
            settings = dict(
                type="list",
                formula1=list_range(row.choices, len(lists[row.choices])),
                error=form_words.CHOOSE_FROM_LIST.in_(lang),
                errorStyle="stop",
            )
        elif row.kind == "count":
            low, high = COUNT_RANGES[row.key]
            name = f"count:{row.key}"
            error = form_words.WHOLE_BETWEEN(lang, low=low, high=high)
            settings = _between("whole", str(low), str(high), error)
        else:
            first, last = submission_dates(fiscal_year)
            name = "date"
            error = form_words.DATE_BETWEEN(lang, first=first, last=last)
            settings = _between("date", _excel_date(first), _excel_date(last), error)
        if name not in made:
            made[name] = DataValidation(
                allow_blank=True, showErrorMessage=True, errorTitle=title, **settings
            )
            sheet.add_data_validation(made[name])
        made[name].add(f"{get_column_letter(VALUE_COLUMN)}{row.row}")


def _between(kind: str, low: str, high: str, error: str) -> dict:
    """A validation of a ``kind`` (whole, date) value from ``low`` to ``high`` (formulas); a
    value outside them is asked about (``warning``), not refused."""
    return dict(
        type=kind,
        operator="between",
        formula1=low,
        formula2=high,
        error=error,
        errorStyle="warning",
    )


def _excel_date(day: date) -> str:
    return f"DATE({day.year},{day.month},{day.day})"
