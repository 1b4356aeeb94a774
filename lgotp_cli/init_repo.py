"""`lgotp init`: a records repository that validates clean, ready for git, an editor and CI.

It makes the record folders (``trainees/``, ``dispatches/``, ``requests/``, ``reports/``, each
with a ``.gitkeep`` so that git keeps it while it is empty), a commented ``lgotp.yaml`` (every
setting documented in English and Japanese, shown at its default and commented out), the JSON
Schemas ``lgotp schema`` writes (in ``schemas/``) with ``.vscode/settings.json`` pointing the
record folders at them, a ``.pre-commit-config.yaml`` whose local hook runs ``lgotp validate``,
and a GitHub Actions workflow that installs lgotp and runs it.

Nothing is ever replaced: a file or folder already there is left as it is, and said so. The
files come from ``data/init/`` in the package, or from the schema models.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from lgotp_cli.i18n import is_japanese

RECORD_FOLDERS = ("trainees", "dispatches", "requests", "reports")
SCHEMAS = ("trainee", "dispatch", "request", "config")
_SCHEMA_FOR_FOLDER = {"trainees": "trainee", "dispatches": "dispatch", "requests": "request"}
KEEP = ".gitkeep"  # discovery skips names that start with a dot


@dataclass(frozen=True, slots=True)
class Step:
    """One thing `lgotp init` makes: a folder, or a file and how to write its text."""

    path: str  # relative to the repository, with / between folders
    text: Callable[[str], str] | None = None  # the file's text in a language; None: a folder

    @property
    def is_folder(self) -> bool:
        return self.text is None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of a step: made, or found there and left as it was."""

    path: Path
    made: bool
    is_folder: bool


def _template(name: str) -> str:
    return resources.files("lgotp_cli").joinpath("data", "init", name).read_text(encoding="utf-8")


def config_text(lang: str) -> str:
    """The commented ``lgotp.yaml``; it sets ``lang: ja`` when made in Japanese, so that the
    repository's outputs (and its CI's annotations) stay Japanese for everyone."""
    text = _template("lgotp.yaml")
    if is_japanese(lang):
        text = text.replace("\n# lang: ja\n", "\nlang: ja\n", 1)
    return text


def workflow_text(lang: str) -> str:
    """The GitHub Actions workflow, installing the lgotp that made the repository."""
    from lgotp_cli import __version__

    return _template("lgotp-workflow.yml").replace("@VERSION@", __version__)


def schema_text(kind: str) -> str:
    """A JSON Schema as `lgotp schema KIND` writes it."""
    from lgotp_cli.schema import schema_for

    return json.dumps(schema_for(kind), indent=2, ensure_ascii=False) + "\n"


def vscode_settings() -> str:
    """``.vscode/settings.json``: each record folder's files checked against its schema, and
    lgotp.yaml against the configuration's (VS Code's YAML extension, by Red Hat)."""
    schemas = {
        f"./schemas/{kind}.json": [f"{folder}/**/*.yaml", f"{folder}/**/*.yml"]
        for folder, kind in _SCHEMA_FOR_FOLDER.items()
    }
    schemas["./schemas/config.json"] = ["lgotp.yaml"]
    return json.dumps({"yaml.schemas": schemas}, indent=2, ensure_ascii=False) + "\n"


def vscode_extensions() -> str:
    """``.vscode/extensions.json``: VS Code offers the YAML extension the schemas need."""
    return json.dumps({"recommendations": ["redhat.vscode-yaml"]}, indent=2) + "\n"


def steps() -> list[Step]:
    """Everything `lgotp init` makes, in the order it says so."""
    made: list[Step] = []
    for folder in RECORD_FOLDERS:
        made += [Step(folder), Step(f"{folder}/{KEEP}", lambda lang: "")]
    made.append(Step("lgotp.yaml", config_text))
    made += [Step(f"schemas/{kind}.json", lambda lang, k=kind: schema_text(k)) for kind in SCHEMAS]
    made += [
        Step(".vscode/settings.json", lambda lang: vscode_settings()),
        Step(".vscode/extensions.json", lambda lang: vscode_extensions()),
        Step(".pre-commit-config.yaml", lambda lang: _template("pre-commit-config.yaml")),
        Step(".github/workflows/lgotp.yml", workflow_text),
    ]
    return made


def initialise(root: Path, lang: str = "en") -> list[Outcome]:
    """Make the records repository in ``root`` (made when missing), never replacing anything:
    what was made, and what was there already. The ``.gitkeep`` of a folder that was there is
    neither made nor mentioned. OutputError when something cannot be written."""
    from lgotp_cli.output.files import OutputError, create_new

    outcomes: list[Outcome] = []
    kept_folders: set[str] = set()
    for step in steps():
        path = root.joinpath(*step.path.split("/"))
        folder, _, name = step.path.rpartition("/")
        if name == KEEP and folder in kept_folders:
            continue  # a folder that was there is the user's: nothing is added to it
        if step.is_folder:
            if path.exists() or path.is_symlink():
                kept_folders.add(step.path)
                outcomes.append(Outcome(path, made=False, is_folder=True))
                continue
            try:
                path.mkdir(parents=True)
            except OSError as error:
                from lgotp_cli.i18n import error_words
                from lgotp_cli.i18n.spoken import OsReason

                reason = OsReason.of(error)
                raise OutputError(error_words.CANNOT_MAKE.of(path=path, reason=reason)) from None
            outcomes.append(Outcome(path, made=True, is_folder=True))
            continue
        try:
            create_new(path, step.text(lang).encode("utf-8"))
        except FileExistsError:
            outcomes.append(Outcome(path, made=False, is_folder=False))
            continue
        if name != KEEP:
            outcomes.append(Outcome(path, made=True, is_folder=False))
    return outcomes
