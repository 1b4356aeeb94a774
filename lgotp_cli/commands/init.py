"""`lgotp init`: make a records repository that validates clean."""

from __future__ import annotations

from pathlib import Path

import typer

from lgotp_cli.commands import context
from lgotp_cli.commands.options import argument
from lgotp_cli.errors import UserError


def init(
    ctx: typer.Context,
    folder: argument(
        Path, "The folder to make the records repository in (default: the current one)."
    ) = None,
) -> None:
    """Make a records repository that validates clean: the record folders (trainees/,
    dispatches/, requests/, reports/), a commented lgotp.yaml (every setting at its default,
    in English and Japanese), the JSON Schemas in schemas/ with .vscode/settings.json pointing
    the record folders at them, a .pre-commit-config.yaml whose hook runs lgotp validate, and
    a GitHub Actions workflow (.github/workflows/lgotp.yml). Never replaces anything: a file
    that is there already is left as it is, and said so. Made with --lang ja, lgotp.yaml sets
    lang: ja.

    Example: lgotp init records && lgotp --records records validate
    """
    root = folder if folder is not None else Path(".")
    # The folder is the records root: made again, a repository with lang: ja says it in Japanese.
    options = context.command_options(ctx, records=root)
    from lgotp_cli.i18n import setup_words
    from lgotp_cli.init_repo import initialise

    if root.exists() and not root.is_dir():
        raise UserError(setup_words.INIT_NOT_A_FOLDER.of(folder=root))
    lang = options.lang
    outcomes = initialise(root, lang)
    for outcome in outcomes:
        shown = f"{outcome.path}/" if outcome.is_folder else str(outcome.path)
        words = setup_words.MADE if outcome.made else setup_words.LEFT_AS_IT_IS
        typer.echo(words(lang, path=shown))
    records = _quoted(root)
    if any(outcome.made for outcome in outcomes):
        typer.echo(
            setup_words.INIT_DONE(
                lang,
                folder=root,
                new=f"lgotp --records {records} new trainee",
                validate=f"lgotp --records {records} validate",
            )
        )
    else:
        typer.echo(setup_words.INIT_NOTHING(lang, folder=root))


def _quoted(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))
