"""`lgotp import FORM.xlsx …` for filled survey forms (from `lgotp return survey --host`): the
import command hands them here. Every form is read and checked first; one error writes nothing
(exit 1). Said in the language the command chose."""

from __future__ import annotations

from pathlib import Path

import typer

from lgotp_cli.commands import context
from lgotp_cli.errors import UserError
from lgotp_cli.i18n import form_words


def forms_among(sheets: list[Path], *, host: str | None) -> bool:
    """Whether ``sheets`` are to be imported as survey forms: several files (each must be a
    form), or one that is a form. A single sheet of records is not; --host is refused for it."""
    from lgotp_cli.forms.reader import is_form

    if len(sheets) > 1 or is_form(sheets[0]):
        return True
    if host is not None:
        raise UserError(form_words.HOST_IS_FOR_FORMS.of(file=sheets[0].name))
    return False


def import_forms(
    sheets: list[Path],
    options: context.Options,
    *,
    host: str | None,
    update: bool,
    dry_run: bool,
    sheet_options: bool,
) -> None:
    """Import the filled forms ``sheets``, or refuse in one sentence (exit 2)."""
    from lgotp_cli.diagnostics import text_line
    from lgotp_cli.forms.plan import plan_forms
    from lgotp_cli.forms.reader import is_form
    from lgotp_cli.rules.context import Context
    from lgotp_cli.sheets.importer import write_all
    from lgotp_cli.sheets.workbook_reader import UnreadableSheet
    from lgotp_cli.source.records import load_records

    lang = options.lang
    for sheet in sheets:
        if not is_form(sheet):
            raise UserError(form_words.NOT_A_FORM.of(file=sheet.name))
    if sheet_options:
        raise UserError(form_words.SHEET_OPTIONS_NOT_FOR_FORMS.of())
    if host is not None:
        _check_host(host)
    root = context.records_root(options)
    effective = context.config(root)
    existing = load_records(root).records
    ctx = Context(context.today(options), effective, root, lang)
    try:
        planned = plan_forms(sheets, root, existing, ctx, host=host, update=update)
    except UnreadableSheet as error:
        raise UserError(error.message) from None
    for diagnostic in planned.diagnostics:
        print(text_line(diagnostic))
    if planned.errors:
        print(form_words.NOTHING_WRITTEN(lang, errors=planned.errors, forms=len(sheets)))
        raise typer.Exit(1)
    counts = {
        "written": len(planned.files),
        "changed": len(planned.updates),
        "unchanged": len(planned.unchanged),
    }
    if dry_run:
        none = form_words.NONE.in_(lang)
        for change in planned.updates:
            for value in change.changes:
                old = none if value.old is None else value.old
                new = none if value.new is None else value.new
                print(f"{change.record_id}: {value.key}: {old} → {new}")
        for path, _ in planned.files:
            print(form_words.WOULD_WRITE(lang, path=path))
        print(form_words.DRY_RUN(lang, **counts))
        return
    for path in write_all(planned):
        print(form_words.WROTE(lang, path=path))
    print(form_words.IMPORTED(lang, forms=len(sheets), **counts))


def _check_host(host: str) -> None:
    """--host must be a local government code (its check digit right)."""
    from lgotp_cli.reference.codes import code_problem

    problem = code_problem(host)
    if problem is not None:
        raise UserError(form_words.UNKNOWN_HOST.of(problem=problem))
