"""A record's page is a form people read: every field under a label in the page's language, its
codes as names, yen and dates as the outputs write them, lengths in words, sections in order
(who, where, when, costs, report, notes) and the problems last."""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from support.reports import FIXTURE
from support.site import build

from lgotp_cli.i18n import record_words
from lgotp_cli.reference.countries import is_country

# Every code a record holds that has a name people read instead.
CODES = frozenset(
    code
    for terms in (
        record_words.STATUS,
        record_words.DISPATCH_STATUS,
        record_words.INTENTION,
        record_words.SELECTION_METHOD,
        record_words.RELATIONSHIP,
        record_words.TRAINING_LANGUAGE,
        record_words.FIELD,
        record_words.EMPLOYER_TYPE,
        record_words.ARRANGEMENT,
        record_words.HOST_ITEM,
    )
    for code in terms
)
DOTTED_KEY = re.compile(r"\w+\.\w+")
BARE_KEY = re.compile(r"[a-z]+(_[a-z]+)+|[a-z]+")


class Form(HTMLParser):
    """The page's sections in order (by anchor), and each one's labels and values."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[str] = []
        self.lines: list[tuple[str, str, str]] = []  # (section, label, value)
        self.cells: list[str] = []  # the timeline table's cells
        self._in: str | None = None
        self._text = ""
        self._label = ""
        self._section = ""

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag == "section" and found.get("class") == "form":
            self._section = found["id"]
            self.anchors.append(found["id"])
        elif tag == "div" and found.get("id") == "problems":
            self.anchors.append("problems")
        if tag in ("dt", "dd", "td"):
            self._in, self._text = tag, ""

    def handle_data(self, data):
        if self._in:
            self._text += data

    def handle_endtag(self, tag):
        if tag != self._in:
            return
        self._in = None
        if tag == "dt":
            self._label = self._text
        elif tag == "dd":
            self.lines.append((self._section, self._label, self._text))
        else:
            self.cells.append(self._text)

    def value(self, label: str) -> str:
        return next(value for _, named, value in self.lines if named == label)


def form_of(page: Path) -> Form:
    form = Form()
    form.feed(page.read_text(encoding="utf-8"))
    return form


def test_japanese_record_pages_show_no_key_and_no_code(sample_site: Path):
    pages = sorted((sample_site / "ja" / "records").glob("*.html"))
    assert len(pages) > 50
    for page in pages:
        form = form_of(page)
        assert form.lines, page
        for section, label, value in form.lines:
            where = (page.name, section, label, value)
            assert not DOTTED_KEY.search(label) and not BARE_KEY.fullmatch(label), where
            parts = [part.strip() for part in re.split(r"[、,]", value)]
            assert not CODES.intersection(parts), where
            assert not any(is_country(part) for part in parts), where
        for cell in form.cells:
            assert cell not in CODES and not is_country(cell), (page.name, cell)


def test_the_sections_come_in_order(sample_site: Path):
    records = sample_site / "ja" / "records"
    assert form_of(records / "LGOTP-2024-005.html").anchors == [
        *("who", "where", "when", "costs", "problems"),
    ]
    assert form_of(records / "DISP-2016-001.html").anchors == [
        *("who", "where", "when", "costs", "report", "notes", "problems"),
    ]
    assert form_of(records / "REQ-2026-010006.html").anchors == [
        *("who", "where", "conditions", "when", "contact", "problems"),
    ]


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            {
                "国籍": "マレーシア",
                "所属団体の種別": "地方自治体",
                "選考方法": "クレア斡旋選考",
                "受入団体": "堺市（271403）",
                "研修分野": "文化財保護",
                "滞在期間": "3か月18日",
                "専門研修": "2024-07-01〜2024-09-13（2か月13日）",
                "往復渡航費": "132,000円",
                "合計": "1,787,000円",
            },
        ),
        (
            "en",
            {
                "Nationality": "Malaysia",
                "Type of employer": "Local government",
                "Selection": "CLAIR-mediated",
                "Host": "Sakai City (271403)",
                "Field": "Cultural property protection",
                "Length of stay": "3 months 18 days",
                "Specialised training": "2024-07-01 to 2024-09-13 (2 months 13 days)",
                "Airfare": "¥132,000",
                "Total": "¥1,787,000",
            },
        ),
    ],
)
def test_values_read_as_people_write_them(sample_site: Path, lang: str, expected: dict):
    form = form_of(sample_site / lang / "records" / "LGOTP-2024-005.html")
    assert {label: form.value(label) for label in expected} == expected


def test_a_dispatch_and_a_request_read_as_forms(sample_site: Path):
    dispatch = form_of(sample_site / "ja" / "records" / "DISP-2016-001.html")
    assert dispatch.value("退職者") == "はい"
    assert dispatch.value("所属団体") == "横浜市（141003）"
    assert dispatch.value("派遣先国") == "インド"
    assert dispatch.value("派遣期間") == "14日"
    assert dispatch.value("派遣先負担").startswith("現地移動費、滞在費")
    request = form_of(sample_site / "ja" / "records" / "REQ-2026-010006.html")
    assert request.value("希望国") == "タイ、ベトナム、中国"
    assert request.value("希望期間") == "12か月"
    assert request.value("受入希望人数") == "2人"
    assert request.value("参加意向（様式1）") == "選考方法未定"


@pytest.fixture(scope="module")
def styled_site(tmp_path_factory) -> Path:
    """The report fixture with lgotp.yaml's output: {dates: era, negative: triangle}, and a
    record with a key no form knows."""
    base = tmp_path_factory.mktemp("styled-site")
    root = shutil.copytree(FIXTURE, base / "records")
    (root / "lgotp.yaml").write_text("output: {dates: era, negative: triangle}\n", encoding="utf-8")
    trainee = (root / "trainees" / "2024" / "LGOTP-2024-002.yaml").read_text(encoding="utf-8")
    extra = trainee.replace("LGOTP-2024-002", "LGOTP-2024-092") + "favourite_colour: blue\n"
    (root / "trainees" / "2024" / "LGOTP-2024-092.yaml").write_text(extra, encoding="utf-8")
    out = base / "site"
    build(root, out)
    return out


def test_japanese_pages_write_dates_as_lgotp_yaml_says(styled_site: Path):
    japanese = form_of(styled_site / "ja" / "records" / "LGOTP-2024-002.html")
    assert japanese.value("来日日") == "令和6年5月27日"
    assert "令和6年5月27日" in japanese.cells  # the timeline's table
    english = form_of(styled_site / "en" / "records" / "LGOTP-2024-002.html")
    assert english.value("Arrival") == "2024-05-27"


def test_a_key_no_form_knows_is_shown_as_written_last(styled_site: Path):
    form = form_of(styled_site / "ja" / "records" / "LGOTP-2024-092.html")
    assert form.anchors[-2:] == ["other", "problems"]
    assert ("other", "favourite_colour", "blue") in form.lines
