"""Every heading of a report's table is the catalogue's (lgotp_cli/i18n): the label of each
column, the title of each bar chart and of each part of a table, and the table's own title
(a catalogue template, filled in each language). No report writes its words in Python.

Checked on what the code declares (every column, chart and part of the report and site
modules) and on what it builds: every report of the sample records, whole (with the columns
for tools only), and every table the site of the sample records draws.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from datetime import date
from pathlib import Path

import pytest
from support.paths import SAMPLE
from support.reports import in_process

import lgotp_cli.reports
import lgotp_cli.site
from lgotp_cli.i18n import LANGS, Words, catalogue, fiscal_year_label, report_words, table_words
from lgotp_cli.reports import stats
from lgotp_cli.reports.costs import clair_costs, host_costs
from lgotp_cli.reports.due import due_items, due_table
from lgotp_cli.reports.listing import dispatch_list, trainee_list
from lgotp_cli.reports.table import BarChart, Column, Part, Table, columns_named_by
from lgotp_cli.reports.timeline import record_timeline, year_timeline

TODAY = date(2025, 6, 1)
# The catalogue's words themselves (not equal ones written again): by identity.
CATALOGUE = frozenset(id(entry.words) for entry in catalogue())


def is_the_catalogues(words: Words) -> bool:
    """Whether ``words`` is an entry of the catalogue."""
    return id(words) in CATALOGUE


def _pattern(template: str, *, bare: bool = False) -> re.Pattern[str] | None:
    """What ``template`` filled in looks like (a placeholder stands for any text); None for a
    template with no words of its own, which nearly any text would match, unless ``bare``."""
    literal, pattern = "", ""
    for text, name, _, _ in string.Formatter().parse(template):
        literal += text
        pattern += re.escape(text) + ("" if name is None else ".+")
    return re.compile(pattern, re.DOTALL) if bare or re.search(r"\w", literal) else None


TEMPLATES = [
    (english, japanese)
    for entry in catalogue()
    if (english := _pattern(entry.words.en)) and (japanese := _pattern(entry.words.ja))
]


def is_filled_template(heading: Words) -> bool:
    """Whether ``heading`` is a template of the catalogue filled in, the same one in each
    language (an entry without placeholders is its own filling)."""
    return any(en.fullmatch(heading.en) and ja.fullmatch(heading.ja) for en, ja in TEMPLATES)


# Whom a record's timeline is of, in each language.
RECORD_TITLES = [
    _pattern(words.in_(lang), bare=True)
    for words in (report_words.TRAINEE_IN_TITLE, report_words.DISPATCH_IN_TITLE)
    for lang in LANGS
]


def is_record_title(heading: Words) -> bool:
    """A record's timeline is titled by its id and whom it is of, in the language asked for
    (names, the same whatever the language): ``EX-T: A B (VN), Okazaki``."""
    record_id, _, what = heading.en.partition(": ")
    return (
        heading.en == heading.ja
        and bool(record_id)
        and any(pattern.fullmatch(what) for pattern in RECORD_TITLES)
    )


def unheaded(table: Table) -> list[str]:
    """What of ``table`` is headed by words the catalogue lacks."""
    wrong = []
    for column in table.columns:
        if column.id.isdigit():  # a count of a fiscal year (stats), headed by the year
            year = int(column.id)
            expected = Words(fiscal_year_label(year, "en"), fiscal_year_label(year, "ja"))
            if column.words != expected:
                wrong.append(f"column {column.id}: {column.words}")
        elif not is_the_catalogues(column.words):
            wrong.append(f"column {column.id}: {column.words}")
    if table.chart is not None and not is_the_catalogues(table.chart.heading):
        wrong.append(f"chart: {table.chart.heading}")
    wrong += [
        f"part {part.id}: {part.heading}"
        for part in table.parts
        if not is_the_catalogues(part.heading)
    ]
    titled = is_record_title if table.id == "timeline" else is_filled_template
    if not titled(table.heading):
        wrong.append(f"title: {table.heading}")
    return wrong


def _declared(value: object) -> list[Column | BarChart | Part]:
    """The columns, charts and parts in a module's value (in a tuple, list or dict of them)."""
    if isinstance(value, Column | BarChart | Part):
        return [value]
    if isinstance(value, tuple | list):
        return [found for item in value for found in _declared(item)]
    if isinstance(value, dict):
        return [found for item in value.values() for found in _declared(item)]
    return []


def test_every_column_chart_and_part_the_code_declares_is_headed_by_the_catalogue() -> None:
    declared = []
    for package in (lgotp_cli.reports, lgotp_cli.site):
        for module_info in pkgutil.iter_modules(package.__path__, f"{package.__name__}."):
            module = importlib.import_module(module_info.name)
            declared += [found for value in vars(module).values() for found in _declared(value)]
    assert len(declared) > 100  # every table of every report, not a few of them
    wrong = [
        found
        for found in declared
        if not is_the_catalogues(found.words if isinstance(found, Column) else found.heading)
    ]
    assert wrong == []


def _reports(records, config, lang: str) -> list[Table]:
    """Every report of ``records``, whole, as the commands build them."""
    years = {"fiscal_year": None, "lang": lang}
    spans = {"start": None, "end": None, "lang": lang}
    year = max(t.period.arrival.year for t in records.trainees)
    return [
        trainee_list(records, **years),
        trainee_list(records, **years, public=True),
        dispatch_list(records, **years),
        host_costs(records, config, lang=lang),
        clair_costs(records, lang=lang),
        stats.countries(records, **spans),
        stats.hosts(records, **spans),
        stats.fields(records, **spans),
        due_table(due_items(records, config, TODAY, 3650, lang), lang, today=TODAY, within=3650),
        due_table([], lang),
        record_timeline(records.trainees[0], config, lang=lang, today=TODAY),
        record_timeline(records.dispatches[0], config, lang=lang, today=TODAY),
        year_timeline(records, config, fiscal_year=year, lang=lang, today=TODAY)[0],
    ]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_report_is_headed_by_the_catalogue(lang: str) -> None:
    tables, _ = in_process(SAMPLE, lambda records, config: _reports(records, config, lang))
    assert [(table.id, unheaded(table)) for table in tables] == [(table.id, []) for table in tables]


def test_every_table_of_the_site_is_headed_by_the_catalogue(monkeypatch, tmp_path: Path) -> None:
    """Every table the site draws (its own and the reports', in both languages) passes through
    the bar chart renderer, which draws the chart of those that have one."""
    from support.site import build

    from lgotp_cli.render import to_html

    drawn: list[Table] = []
    draw = to_html.bar_chart

    def recording(table: Table, *arguments, **options):
        drawn.append(table)
        return draw(table, *arguments, **options)

    monkeypatch.setattr(to_html, "bar_chart", recording)
    build(SAMPLE, tmp_path / "site")
    kinds = {table.id for table in drawn}
    assert {"years", "acceptance-by-year", "trainee", "costs-items", "timeline"} <= kinds
    wrong = {f"{table.id}: {problem}" for table in drawn for problem in unheaded(table)}
    assert wrong == set()


def test_a_column_the_catalogue_has_no_words_for_cannot_be_declared() -> None:
    column = columns_named_by(table_words.DUE_COLUMNS)
    assert column("overdue", "flag").words is table_words.DUE_COLUMNS["overdue"]
    with pytest.raises(LookupError, match="'due_date'"):
        column("due_date", "date")
