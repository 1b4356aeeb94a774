"""`lgotp site`: pages for every record (those with errors too), text escaped everywhere, the
reports' own tables, the output folder's rules, and templates overridden and sandboxed."""

from __future__ import annotations

import filecmp
import re
import shutil
from datetime import date
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.run import assert_one_sentence
from support.site import (
    AMP,
    IMG,
    JINJA,
    SCRIPT,
    TABLE,
    TODAY,
    broken_links,
    build,
    lgotp,
    pages,
    parse,
)

from lgotp_cli.config import load_config
from lgotp_cli.rules.engine import validate
from lgotp_cli.site.links import LANGS


def text_of(path: Path) -> str:
    return "".join(parse(path).text)


def read_validation(root: Path):
    return validate(root, load_config(root), date.fromisoformat(TODAY))


# --- every record, every problem ----------------------------------------------------------------


def test_every_record_and_file_with_problems_has_a_page_in_both_languages(
    hostile_root: Path, hostile_site: Path
):
    from lgotp_cli.site.content import read_content

    content = read_content(hostile_root, load_config(hostile_root), date.fromisoformat(TODAY))
    assert len(content.entries) == 6  # two LGOTP-H-1, the unreadable H-2, odd, DISP, REQ
    for lang in LANGS:
        for entry in content.entries:
            page = hostile_site / lang / "records" / f"{entry.slug}.html"
            assert page.is_file(), page
        files = sorted((hostile_site / lang / "files").iterdir())
        assert [f.name.split("-")[0] for f in files] == ["trainees_2024_not"]
    # Two records with the same id get two pages; a file name never holds what an id holds.
    names = sorted(p.name for p in (hostile_site / "en" / "records").iterdir())
    assert "LGOTP-H-1.html" in names
    assert sum(name.startswith("_LGOTP-H-1-") for name in names) == 1
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9._-]*\.html", name), name


def test_a_record_that_cannot_be_read_shows_its_fields_as_written_and_its_problems(
    hostile_site: Path,
):
    page = hostile_site / "en" / "records" / "LGOTP-H-2.html"
    text = text_of(page)
    assert "Arrival2024-13-01" in text  # the label, and the date as written
    assert "S103" in text and "is not a date that exists" in text
    assert "cannot be read as a whole" in text
    ja = text_of(hostile_site / "ja" / "records" / "LGOTP-H-2.html")
    assert "全体としては読み取れません" in ja and "S103" in ja


def test_the_home_page_lists_every_problem_linked_to_its_page(
    hostile_root: Path, hostile_site: Path
):
    found = read_validation(hostile_root).diagnostics
    for lang in LANGS:
        home = parse(hostile_site / lang / "index.html")
        rows = [
            a
            for tag, a in home.tags
            if tag == "tr" and a.get("class") in ("error", "warning", "info")
        ]
        assert len(rows) == len(found)
        anchors = [
            a["href"]
            for tag, a in home.tags
            if tag == "a" and "#problems" in a.get("href", "") and a["href"] != "#problems"
        ]
        assert len(anchors) == len(found)
        assert any(href.startswith("files/") for href in anchors)  # the file that is not YAML
        assert any("LGOTP-H-2" in href for href in anchors)  # the record that cannot be read
    assert f"{len([d for d in found if str(d.severity) == 'error'])}" in text_of(
        hostile_site / "en" / "index.html"
    )


def test_links_all_lead_to_pages_and_anchors_of_the_site(hostile_site: Path, sample_site: Path):
    assert broken_links(hostile_site) == []
    assert broken_links(sample_site) == []


def test_every_page_has_a_switch_to_the_same_page_in_the_other_language(sample_site: Path):
    for page in pages(sample_site):
        relative = page.relative_to(sample_site).as_posix()
        tags = parse(page).tags
        switch = [a["href"] for tag, a in tags if tag == "a" and "hreflang" in a]
        assert len(switch) == 1, relative
        target = (page.parent / switch[0]).resolve().relative_to(sample_site.resolve()).as_posix()
        if relative == "index.html":
            assert target == "en/index.html"  # the root index is the --lang (ja) home
        else:
            lang, rest = relative.split("/", 1)
            assert target == f"{'en' if lang == 'ja' else 'ja'}/{rest}"


# --- escaping -------------------------------------------------------------------------------------


def test_html_in_records_reports_and_calendar_is_text_on_every_page(hostile_site: Path):
    for page in pages(hostile_site):
        raw = page.read_text(encoding="utf-8")
        tags = parse(page).tags
        names = [tag for tag, _ in tags]
        where = page.relative_to(hostile_site)
        assert "script" not in names and "iframe" not in names, where
        assert not re.search(r"<script", raw, re.IGNORECASE), where
        for tag, attributes in tags:
            assert not any(name.startswith("on") for name in attributes), (where, tag, attributes)
            if tag == "img":
                assert attributes["src"].startswith("../../media/"), (where, attributes)
        # One h1 per page, the page's own (a report's headings come under its section's h2).
        assert names.count("h1") == 1, where
        assert "49" not in re.findall(r"\d+", raw) or JINJA not in raw, where


@pytest.mark.parametrize(
    ("page", "texts"),
    [
        ("en/records/LGOTP-H-1.html", (SCRIPT, IMG, TABLE, AMP)),
        ("ja/records/LGOTP-H-1.html", (SCRIPT, IMG, TABLE, AMP)),
        ("en/lists/2024.html", (SCRIPT, IMG, TABLE, AMP)),
        ("ja/lists/2024.html", (SCRIPT, IMG, TABLE, AMP)),
        ("en/timelines/2024.html", (SCRIPT, IMG, AMP)),
        ("en/records.html", (SCRIPT, IMG)),
        ("en/records/DISP-H-1.html", (SCRIPT, IMG, TABLE, AMP)),
        ("en/records/REQ-2025-232025.html", (SCRIPT, IMG, TABLE, AMP)),
        ("en/index.html", (SCRIPT, IMG, AMP)),
    ],
)
def test_hostile_text_reads_as_written(hostile_site: Path, page: str, texts: tuple):
    text = text_of(hostile_site / page)
    for hostile in texts:
        assert hostile in text, hostile


def test_the_calendar_and_template_syntax_stay_text(hostile_site: Path):
    home = text_of(hostile_site / "en" / "index.html")
    assert IMG + " deadline" in home  # a calendar event holding HTML, in what falls due
    record = text_of(hostile_site / "en" / "records" / "LGOTP-H-1.html")
    assert JINJA in record  # {{ 7*7 }} is shown, never run


def test_report_photos_come_only_from_inside_the_root(hostile_root: Path, hostile_site: Path):
    media = sorted((hostile_site / "media").iterdir())
    assert len(media) == 2  # the photo and the inline <img>; nothing from outside
    outside = [hostile_root.parent / "outside" / "secret.png", hostile_root.parent / "outside.png"]
    for photo in media:
        assert not photo.is_symlink()
        for secret in outside:
            assert photo.read_bytes() != secret.read_bytes()
    text = text_of(hostile_site / "en" / "records" / "DISP-H-1.html")
    assert "../../outside.png is a path with '..'" in text
    assert "img/linked.png leads outside the records root" in text
    assert "a photograph on the web is not fetched" in text
    tags = parse(hostile_site / "en" / "records" / "DISP-H-1.html").tags
    web = [a for tag, a in tags if tag == "a" and a.get("class") == "external"]
    assert [a["href"] for a in web] == ["https://example.org/page"]
    assert web[0]["rel"] == "noopener noreferrer"
    assert not any("javascript" in a.get("href", "") for _, a in tags)
    assert not list(hostile_root.parent.glob(".site.lgotp-*"))  # no temporary folder left


# --- the same tables as the commands ---------------------------------------------------------------


def _section(html: str, index: int = 0) -> str:
    sections = re.findall(r'<section class="report">.*?</section>', html, re.DOTALL)
    return sections[index]


def _unlinked(html: str) -> str:
    return re.sub(r"<a href=\"[^\"]*\">(.*?)</a>", r"\1", html)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("command", "page", "index"),
    [
        (("list", "--fiscal-year", "2024"), "lists/2024.html", 0),
        (("list", "--kind", "dispatch", "--fiscal-year", "2024"), "lists/2024.html", 1),
        (("stats", "countries"), "acceptance/countries.html", 0),
        (("stats", "fields"), "acceptance/fields.html", 0),
        (("costs", "--fiscal-year", "2024"), "costs/2024.html", 0),
        (("timeline", "--fiscal-year", "2024"), "timelines/2024.html", 0),
        (("timeline", "LGOTP-2024-007"), "records/LGOTP-2024-007.html", 0),
    ],
)
def test_report_pages_hold_the_commands_own_tables(
    sample_site: Path, command: tuple, page: str, index: int, lang: str
):
    """A site's report is the command's report: the same section, cell for cell (the site only
    links ids to record pages)."""
    run = lgotp("--lang", lang, *command, "-f", "html", records=SAMPLE)
    assert run.returncode == 0, run.stderr
    site_html = (sample_site / lang / page).read_text(encoding="utf-8")
    ours = _unlinked(_section(site_html, index))
    theirs = _section(run.stdout).replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    assert ours == theirs


# --- output folder --------------------------------------------------------------------------------


def test_a_folder_holding_other_files_is_refused_unless_force(tmp_path: Path):
    out = tmp_path / "public"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    run = lgotp("site", "-o", str(out), records=SAMPLE)
    assert_one_sentence(run, str(out), "notes.txt", "--force", ends=".")
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    run = lgotp("site", "-o", str(out), "--force", records=SAMPLE)
    assert run.returncode == 0, run.stderr
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"  # kept
    assert (out / "en" / "index.html").is_file()
    assert not list(tmp_path.glob(".public.lgotp-*"))


def test_a_site_is_rebuilt_in_place_and_pages_of_removed_records_go(tmp_path: Path):
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    out = tmp_path / "site"
    assert lgotp("site", "-o", str(out), records=root).returncode == 0
    assert (out / "en" / "records" / "LGOTP-2024-007.html").is_file()
    (root / "trainees" / "2024" / "LGOTP-2024-007.yaml").unlink()
    (root / "reports" / "trainees" / "LGOTP-2024-007.md").unlink()
    (out / "CNAME").write_text("records.example.org\n", encoding="utf-8")
    run = lgotp("site", "-o", str(out), "--force", records=root)
    assert run.returncode == 0, run.stderr
    assert not (out / "en" / "records" / "LGOTP-2024-007.html").exists()
    assert (out / "CNAME").is_file()  # what lgotp did not write stays
    # Its own earlier site is no "other file": rebuilding needs no --force.
    (out / "CNAME").unlink()
    run = lgotp("site", "-o", str(out), records=root)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Wrote ") and run.stdout.strip().endswith(".")


def test_the_site_is_never_written_inside_the_records_root(tmp_path: Path):
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    run = lgotp("site", "-o", str(root / "site"), records=root)
    assert_one_sentence(run, "inside the records root", ends=".")
    assert not (root / "site").exists()
    run = lgotp("site", "-o", str(tmp_path), "--force", records=root)
    assert_one_sentence(run, "records root", "inside", ends=".")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records"]


def test_output_that_is_a_file_or_in_a_missing_folder_is_refused(tmp_path: Path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert_one_sentence(
        lgotp("site", "-o", str(tmp_path / "file"), records=SAMPLE), "is a file", ends="."
    )
    missing = tmp_path / "no" / "such" / "site"
    assert_one_sentence(
        lgotp("site", "-o", str(missing), records=SAMPLE), "does not exist", ends="."
    )


def test_the_command_says_what_it_wrote_and_the_records_problems(hostile_root: Path, tmp_path):
    run = lgotp("site", "-o", str(tmp_path / "s"), records=hostile_root)
    assert run.returncode == 0  # the site is built; `lgotp validate` is what fails a build
    # The warnings include T115 for odd.yaml: its id is broken (S103), its host's name is
    # checked all the same.
    assert re.fullmatch(
        r"Wrote [\d,]+ pages to .*/s/ \(the records have 6 errors and 6 warnings, shown on "
        r"the home page\)\.\n",
        run.stdout,
    ), run.stdout
    assert run.stderr == ""
    run = lgotp("site", "--help")
    assert "Example: lgotp site -o" in run.stdout


# --- templates ------------------------------------------------------------------------------------


def test_a_records_repository_overrides_the_site_templates(tmp_path: Path):
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    (root / "templates" / "site").mkdir(parents=True)
    (root / "templates" / "site" / "home.html.j2").write_text(
        '{% extends "site/layout.html.j2" %}{% block content %}'
        '<p class="ours">{{ summary.sentence }}</p>{% endblock %}\n',
        encoding="utf-8",
    )
    (root / "templates" / "site" / "style.css.j2").write_text(
        "body { color: rebeccapurple; }\n", encoding="utf-8"
    )
    out = tmp_path / "site"
    build(root, out, search=(root / "templates",))
    home = parse(out / "en" / "index.html")
    assert [a for tag, a in home.tags if tag == "p" and a.get("class") == "ours"]
    assert "Found 0 errors" in text_of(out / "en" / "index.html")
    assert (out / "style.css").read_text(encoding="utf-8") == "body { color: rebeccapurple; }\n"
    record = text_of(out / "en" / "records" / "LGOTP-2024-007.html")
    assert "LGOTP-2024-007" in record  # pages not overridden are the built-in ones


@pytest.mark.parametrize(
    "attack",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
        "{{ self._TemplateReference__context }}",
        "{% include '/etc/passwd' %}",
    ],
)
def test_a_hostile_site_template_cannot_reach_python_or_files(tmp_path: Path, attack: str):
    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    (root / "templates" / "site").mkdir(parents=True)
    (root / "templates" / "site" / "record.html.j2").write_text(attack + "\n", encoding="utf-8")
    out = tmp_path / "site"
    run = lgotp("site", "-o", str(out), records=root, cwd=tmp_path)
    line = assert_one_sentence(run, "template", ends=".")
    assert "record.html.j2" in line or "passwd" in line
    assert not out.exists()  # nothing half written
    assert not (tmp_path / "PWNED").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records"]


# --- the same site every time ---------------------------------------------------------------------


def test_the_same_records_give_the_same_site_with_or_without_workers(
    sample_site: Path, tmp_path: Path
):
    out = tmp_path / "parallel"
    build(SAMPLE, out, lang="ja", workers=2)
    comparison = filecmp.dircmp(sample_site, out)

    def differences(cmp) -> list[str]:
        found = [*cmp.left_only, *cmp.right_only, *cmp.diff_files, *cmp.funny_files]
        for sub in cmp.subdirs.values():
            found += differences(sub)
        return found

    assert differences(comparison) == []
    for page in pages(out):
        assert filecmp.cmp(page, sample_site / page.relative_to(out), shallow=False), page


def test_a_records_root_without_records_still_gives_a_whole_site(tmp_path: Path):
    root = tmp_path / "records"
    (root / "trainees").mkdir(parents=True)
    out = tmp_path / "site"
    built = build(root, out)
    assert built.summary.records == 0
    assert broken_links(out) == []
    assert "No records yet." in text_of(out / "en" / "acceptance" / "countries.html")
    assert "記録はまだありません。" in text_of(out / "ja" / "records.html")


def test_a_template_error_in_a_worker_is_the_same_one_sentence(tmp_path: Path):
    from lgotp_cli.errors import UserError

    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    (root / "templates" / "site").mkdir(parents=True)
    (root / "templates" / "site" / "record.html.j2").write_text("{{ 1 / 0 }}\n", encoding="utf-8")
    out = tmp_path / "site"
    with pytest.raises(UserError, match=r"record\.html\.j2 failed while rendering"):
        build(root, out, search=(root / "templates",), workers=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records"]


# --- a public site ------------------------------------------------------------------------------

PRIVATE_TEXT = (
    "health reasons, on her doctor's advice",  # LGOTP-2019-005's withdrawal reason
    "family reasons",  # LGOTP-2024-005's withdrawal reason
    "@",  # contact e-mail addresses of the host requests
)


def _site_text(site: Path) -> str:
    return "\n".join(text_of(page) for page in pages(site))


def test_public_leaves_out_notes_withdrawal_reasons_and_contacts(sample_site: Path, tmp_path):
    """--public leaves out what `list --public` does, on every page: the lists' columns and the
    record pages' fields. Without it they are there (so that the test can fail)."""
    from lgotp_cli.site.record_pages import is_private

    out = tmp_path / "public"
    build(SAMPLE, out, lang="ja", public=True)
    everything, public = _site_text(sample_site), _site_text(out)
    notes = (SAMPLE / "trainees" / "2019" / "LGOTP-2019-001.yaml").read_text(encoding="utf-8")
    first_note_words = notes.split("notes: >-\n", 1)[1].split()[:4]
    private = [*PRIVATE_TEXT, " ".join(first_note_words)]
    for text in private:
        assert text in everything, text
        assert text not in public, text
    record_page = out / "en" / "records" / "LGOTP-2019-005.html"
    assert "Withdrawal date" in text_of(record_page)
    assert "Reason for withdrawal" not in text_of(record_page)
    everything_page = sample_site / "en" / "records" / "LGOTP-2019-005.html"
    assert "Reason for withdrawal" in text_of(everything_page)
    assert (is_private("notes"), is_private("contact.email"), is_private("withdrawal.reason")) == (
        True,
        True,
        True,
    )
    assert (is_private("notes_x"), is_private("withdrawal.date"), is_private("host.code")) == (
        False,
        False,
        False,
    )


def test_report_pages_say_which_records_were_left_out(tmp_path):
    """A record that cannot be read is in no list, total or chart: every report page says so,
    in its language, naming the file and why."""
    import shutil

    from support.paths import SAMPLE
    from support.site import build

    root = tmp_path / "records"
    shutil.copytree(SAMPLE, root)
    (root / "trainees" / "2024" / "broken.yaml").write_text("id: x\n  bad: [\n", encoding="utf-8")
    out = tmp_path / "site"
    build(root, out)
    english = (out / "en" / "lists" / "2024.html").read_text(encoding="utf-8")
    japanese = (out / "ja" / "costs" / "2024.html").read_text(encoding="utf-8")
    assert (
        "1 record could not be read and is not counted: trainees/2024/broken.yaml (L001)" in english
    )
    assert "1 件の記録を読み取れなかったため、集計に含めていません" in japanese
    assert "trainees/2024/broken.yaml（L001）" in japanese


def test_report_pages_of_readable_records_have_no_such_note(tmp_path):
    from support.paths import SAMPLE
    from support.site import build

    out = tmp_path / "site"
    build(SAMPLE, out)
    page = (out / "en" / "lists" / "2024.html").read_text(encoding="utf-8")
    assert "could not be read" not in page
