"""The documentation in ``docs/``: the generated pages (rules, command line) are what the code
says today, every link points at something in the repository, and nothing points at files
users do not have."""

from __future__ import annotations

import re

import pytest
from support.paths import REPO

from lgotp_cli import docgen
from lgotp_cli.docgen.__main__ import main as docgen_main
from lgotp_cli.rules.registry import all_rules

DOCS = REPO / "docs"
# Every Markdown file people read in the repository (the records' own README among them).
READMES = [REPO / "README.md", REPO / "README.ja.md", REPO / "records" / "README.md"]
PAGES = sorted([*READMES, *DOCS.glob("*.md")])
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)
_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
_CODE = re.compile(r"`[^`\n]*`")  # `![caption](photo.jpg)` in a sentence is not a link


def test_the_generated_pages_are_up_to_date():
    stale = docgen.stale(DOCS)
    assert not stale, (
        f"docs/{', docs/'.join(stale)} no longer match the code: regenerate them with "
        f"`{docgen.REGENERATE}` from the repository's top folder, then commit them"
    )


def test_a_changed_page_is_found_stale_and_written_anew(tmp_path):
    assert docgen.write(tmp_path) == sorted(docgen.PAGES, key=list(docgen.PAGES).index)
    assert docgen.stale(tmp_path) == []
    (tmp_path / "rules.ja.md").write_text("edited by hand\n", encoding="utf-8")
    (tmp_path / "cli.md").unlink()
    assert docgen.stale(tmp_path) == ["rules.ja.md", "cli.md"]
    assert docgen_main([str(tmp_path)]) == 0
    assert docgen.stale(tmp_path) == []
    assert docgen.write(tmp_path) == []  # nothing to change


def test_the_rules_pages_hold_every_rule_in_both_languages():
    generated = docgen.generated()
    for rule in all_rules():
        assert f"\n## {rule.code}\n" in generated["rules.md"], rule.code
        assert f"\n## {rule.code}\n" in generated["rules.ja.md"], rule.code
        assert rule.summary in generated["rules.md"]
        assert rule.summary_in("ja") in generated["rules.ja.md"]
    assert "### What it checks" in generated["rules.md"]
    assert "### 何を検査するか" in generated["rules.ja.md"]
    assert "### 直し方" in generated["rules.ja.md"]


def test_the_command_pages_hold_every_command_and_option():
    generated = docgen.generated()
    for name in ("validate", "rules", "list", "return", "site", "stats countries", "new"):
        assert f"\n## lgotp {name}\n" in generated["cli.md"], name
        assert f"\n## lgotp {name}\n" in generated["cli.ja.md"], name
    assert "| `-f, --format FORMAT` | text, json, github or junit" in generated["cli.md"]
    assert "| `--max-rows MAX_ROWS` | The most rows the return may have" in generated["cli.md"]
    assert "## 言語" in generated["cli.ja.md"] and "`$LGOTP_LANG`" in generated["cli.ja.md"]
    assert "記録を検査する" in generated["cli.ja.md"]


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(REPO).as_posix())
def test_every_link_points_inside_the_repository(page):
    text = _CODE.sub("", _FENCE.sub("", page.read_text(encoding="utf-8")))
    anchors = {_anchor(heading) for heading in _HEADING.findall(text)}
    for target in _LINK.findall(text):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path, _, anchor = target.partition("#")
        if path:
            resolved = (page.parent / path).resolve()
            assert resolved.is_file(), f"{page.name}: {target} is not a file"
            assert REPO in resolved.parents, f"{page.name}: {target} leads out of the repository"
        elif anchor:
            assert anchor in anchors, f"{page.name}: no heading for #{anchor}"


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.relative_to(REPO).as_posix())
def test_nothing_points_at_files_users_do_not_have(page):
    text = page.read_text(encoding="utf-8")
    assert not re.search(r"\bshared/|\bspec/|\b(RECORDS|RULES|CLI)\.md\b", text), page.name


def _anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as ``-``."""
    text = heading.strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")
