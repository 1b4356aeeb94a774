"""What a Japanese keyboard (or Excel) types where YAML or a value needs ASCII: each mistake
reported at its own line and column with its name and the corrected text, in both languages;
`lgotp validate --fix` corrects the certain ones in place, every other byte kept; `--diff`
shows them and writes nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.records import HAND_WRITTEN_STAY_AND_COSTS, RecordsRoot
from support.run import Run, environment, run_lgotp

TODAY = "2025-06-01"

# A trainee as typed by hand, one value a line; its stay and costs are the valid trainee's.
TRAINEE_HEAD = """\
# 研修員の記録（令和6年度）
id: {id}
fiscal_year: 2024
status: completed
name:
  family: Santos
  given: {given}
nationality: PH
employer:
  name: Cebu City Government
  country: PH
  type: local_government
languages:
  english: B2
leadership: 'Heads the city''s tourism promotion unit.'
selection:
  method: clair
host:
  code: "232025"   # 受入団体
field: tourism
"""

REQUEST = """\
id: EX-R1
fiscal_year: 2025
host:
  code: "232025"
intention: participate
trainees: 1
selection:
  method: clair
conditions:
  countries: [PH, VN]
  fields: [tourism, economy]
  language: english
  months: 12
submitted:
  form1: 2024-10-02
"""

# (as written right, as a keyboard or Excel wrote it, key, English name, Japanese name, the
# text to write); each in one trainee (EX-T1) or the request (EX-R1).
TRAINEE_VALUES = [
    ("fiscal_year: 2024", "fiscal_year: 令和6年度", "fiscal_year", "a Japanese era year", "和暦の年度", "2024"),
    ("nationality: PH", "nationality: ＰＨ", "nationality", "full-width characters", "全角の文字", "PH"),
    ('code: "232025"', 'code: "２３２０２５"', "host.code", "full-width digits", "全角の数字", "232025"),
    ("arrival: 2024-05-27", "arrival: 2024/5/27", "period.arrival", "a date written with slashes", "スラッシュ区切りの日付", "2024-05-27"),
    ("departure: 2025-03-19", "departure: 令和7年3月19日", "period.departure", "a Japanese era date", "和暦の日付", "2025-03-19"),
    ("{start: 2024-05-27", "{start: R6.5.27", "period.tokyo_orientation.start", "a Japanese era date", "和暦の日付", "2024-05-27"),
    ("end: 2024-06-28", "end: ２０２４－０６－２８", "period.jiam.end", "full-width digits", "全角の数字", "2024-06-28"),
    ("end: 2025-03-18", "end: 2025.3.18", "period.specialized.end", "a date written with dots", "ピリオド区切りの日付", "2025-03-18"),
    ("airfare: 180000", "airfare: １８０,０００", "costs.airfare", "full-width digits", "全角の数字", "180000"),
    ("accommodation: 840000", "accommodation: 840,000円", "costs.accommodation", "an amount with a yen sign or 円", "円記号や「円」の付いた金額", "840000"),
    ("living_allowance: 2400000", "living_allowance: ¥2,400,000", "costs.living_allowance", "an amount with a yen sign or 円", "円記号や「円」の付いた金額", "2400000"),
    ("training: 300000", "training: 300,000", "costs.training", "a number with thousands separators", "桁区切りのカンマが入った数", "300000"),
]  # fmt: skip
REQUEST_VALUES = [
    ("fiscal_year: 2025", "fiscal_year: R7", "fiscal_year", "a Japanese era year", "和暦の年度", "2025"),
    ("trainees: 1", "trainees: １", "trainees", "full-width digits", "全角の数字", "1"),
    ("countries: [PH, VN]", "countries: [PH、VN]", "conditions.countries[0]", "items separated by an ideographic comma", "読点「、」で区切った項目", "PH, VN"),
    ("fields: [tourism, economy]", "fields: [tourism，economy]", "conditions.fields[0]", "items separated by a full-width comma", "全角のカンマ「，」で区切った項目", "tourism, economy"),
    ("months: 12", "months: １２", "conditions.months", "full-width digits", "全角の数字", "12"),
    ("form1: 2024-10-02", "form1: 2024年10月2日", "submitted.form1", "a date written with 年月日", "「年月日」で書いた日付", "2024-10-02"),
]  # fmt: skip

# YAML's own characters: (record id, as written right, as typed, where the mistake stands in
# the typed line, English, Japanese; the messages name the line and column).
STRUCTURE = [
    ("EX-T2", "field: tourism", "field：tourism", "：",
     "not valid YAML: a full-width colon '：' after the key 'field' (line {line}, column {column}); YAML needs an ASCII colon and a space: write `field: tourism`",
     "YAML として読めません: キー field の後ろ（{line} 行 {column} 列目）に全角のコロン「：」があります。半角のコロンと空白で `field: tourism` と書いてください"),
    ("EX-T3", "  arrival: 2024-05-27", "\tarrival: 2024-05-27", "\t",
     "not valid YAML: a tab in the indentation (line {line}, column {column}); YAML indents with spaces only: write `  arrival: 2024-05-27`",
     "YAML として読めません: 字下げ（{line} 行 {column} 列目）にタブが使われています。字下げは半角スペースだけで `  arrival: 2024-05-27` と書いてください"),
    ("EX-T4", "  departure: 2025-03-19", "\u3000\u3000departure: 2025-03-19", "\u3000",
     "not valid YAML: a full-width space '　' in the indentation (line {line}, column {column}); YAML indents with ASCII spaces only: write `  departure: 2025-03-19`",
     "YAML として読めません: 字下げ（{line} 行 {column} 列目）に全角スペース「　」が使われています。字下げは半角スペースだけで `  departure: 2025-03-19` と書いてください"),
    ("EX-T5", "status: completed", "status:\u3000completed", "\u3000",
     "not valid YAML: a full-width space '　' after the colon of the key 'status' (line {line}, column {column}); YAML needs an ASCII space: write `status: completed`",
     "YAML として読めません: キー status のコロンの後ろ（{line} 行 {column} 列目）に全角スペース「　」があります。半角スペースで `status: completed` と書いてください"),
]  # fmt: skip
# How a value of each kind is written, as the message says after the correction.
FORMS = {
    "date": ("dates are written YYYY-MM-DD", "日付は YYYY-MM-DD の形で書きます"),
    "money": (
        "amounts of yen are whole numbers in ASCII digits, with no ¥, 円 or commas",
        "金額は ¥・円・カンマを付けず、半角数字の整数で書きます",
    ),
    "count": ("counts are whole numbers in ASCII digits", "数は半角数字の整数で書きます"),
    "year": (
        "a fiscal year is written as the year it starts, like 2024",
        "年度は始まる年を西暦で書きます（令和6年度は 2024）",
    ),
    "code": ("codes are six ASCII digits", "団体コードは半角数字 6 桁です"),
    "text": ("codes and ids are written in ASCII", "コードや ID は半角英数字で書きます"),
    "list": (
        "the items of a [list] are separated by ASCII commas",
        "[ ] の中の項目は半角のカンマで区切ります",
    ),
}


def form_of(key: str) -> str:
    if key == "fiscal_year":
        return "year"
    if key == "nationality":
        return "text"
    if key == "host.code":
        return "code"
    if key.startswith("costs."):
        return "money"
    if key in ("trainees", "conditions.months"):
        return "count"
    return "list" if key.endswith("[0]") else "date"


MISTAKES = len(TRAINEE_VALUES) + len(REQUEST_VALUES) + len(STRUCTURE)


def trainee(record_id: str, given: str) -> str:
    return TRAINEE_HEAD.format(id=record_id, given=given) + HAND_WRITTEN_STAY_AND_COSTS


def typed(text: str, mistakes) -> str:
    """``text`` with each mistake typed in place of what is right."""
    for right, wrong, *_ in mistakes:
        assert text.count(right) == 1, right
        text = text.replace(right, wrong)
    return text


def where(text: str, needle: str) -> tuple[int, int]:
    """Line and column (1-based) of ``needle`` in ``text``."""
    offset = text.index(needle)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def value_at(text: str, wrong: str) -> tuple[int, int, str]:
    """Where the value of a ``key: value`` snippet stands (a flow list's first item; a quoted
    value at its quote), and the value as written."""
    line, column = where(text, wrong)
    value = wrong.split(": ", 1)[1]
    column += wrong.index(": ") + 2
    if value.startswith("["):
        value, column = value[1:-1], column + 1
    return line, column, value.strip('"')


def lgotp(root: RecordsRoot, *args: str) -> Run:
    return run_lgotp(
        ["--records", str(root.path), "--today", TODAY, *args],
        cwd=root.path.parent,
        env=environment(),
    )


def clean_texts() -> dict[str, str]:
    """Every record file of a clean tree, by path under the root, as it should be written."""
    texts = {f"trainees/EX-T{n}.yaml": trainee(f"EX-T{n}", given) for n, given in
             enumerate(["Maria", "Ana", "Rosa", "Luz", "Joy", "Grace"], start=1)}  # fmt: skip
    texts["requests/EX-R1.yaml"] = REQUEST
    return texts


def typed_texts() -> dict[str, str]:
    """The same tree as typed: every mistake, EX-T6 left right."""
    texts = clean_texts()
    texts["trainees/EX-T1.yaml"] = typed(texts["trainees/EX-T1.yaml"], TRAINEE_VALUES)
    texts["requests/EX-R1.yaml"] = typed(REQUEST, REQUEST_VALUES)
    for record_id, right, wrong, *_ in STRUCTURE:
        name = f"trainees/{record_id}.yaml"
        texts[name] = typed(texts[name], [(right, wrong)])
    return texts


def write_tree(root: RecordsRoot, texts: dict[str, str]) -> None:
    for name, text in texts.items():
        path = root.path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))


def tree_bytes(root: RecordsRoot) -> dict[str, bytes]:
    return {
        path.relative_to(root.path).as_posix(): path.read_bytes()
        for path in sorted(root.path.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


@pytest.fixture
def typed_root(root: RecordsRoot) -> RecordsRoot:
    write_tree(root, typed_texts())
    return root


def expected_lines(texts: dict[str, str], lang: str) -> list[str]:
    """Every diagnostic line validate must print for the typed tree, in ``lang``."""
    lines = []
    for file, record_id, mistakes in (
        ("trainees/EX-T1.yaml", "EX-T1", TRAINEE_VALUES),
        ("requests/EX-R1.yaml", "EX-R1", REQUEST_VALUES),
    ):
        text = texts[file]
        for _, wrong, key, english, japanese, corrected in mistakes:
            line, column, written = value_at(text, wrong)
            form_en, form_ja = FORMS[form_of(key)]
            message = (
                f"{key}: {japanese}「{written}」は使えません。{corrected} と書いてください（{form_ja}）"
                if lang == "ja"
                else f"{key}: {english} '{written}': write {corrected} ({form_en})"
            )
            lines.append(f"records/{file}:{line}:{column}: error S103 [{record_id}] {message}")
    for record_id, _, wrong, char, english, japanese in STRUCTURE:
        file = f"trainees/{record_id}.yaml"
        text = texts[file]
        line, start = where(text, wrong)
        column = start + wrong.index(char)
        message = (japanese if lang == "ja" else english).format(line=line, column=column)
        lines.append(f"records/{file}:{line}:{column}: error L001 {message}")
    return lines


def corrections_at() -> list[str]:
    """Where four of the mistakes stand (``records/file:line:column``): a full-width amount,
    a full-width colon, a tab and a list with 、."""
    texts = typed_texts()
    found = []
    for name, needle in (
        ("trainees/EX-T1.yaml", "airfare: １８０,０００"),
        ("trainees/EX-T2.yaml", "："),
        ("trainees/EX-T3.yaml", "\t"),
        ("requests/EX-R1.yaml", "countries: [PH、VN]"),
    ):
        line, column, *_ = (
            value_at(texts[name], needle) if ": " in needle else where(texts[name], needle)
        )
        found.append(f"records/{name}:{line}:{column}")
    return found


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_each_mistake_is_reported_where_it_stands_with_its_name_and_correction(typed_root, lang):
    result = lgotp(typed_root, "--lang", lang, "validate")
    assert result.returncode == 1, result.stderr
    reported = result.stdout.splitlines()[:-1]
    assert sorted(reported) == sorted(expected_lines(typed_texts(), lang))


def test_fix_corrects_every_mistake_and_nothing_else(typed_root):
    result = lgotp(typed_root, "validate", "--fix")
    assert result.returncode == 0, result.stdout + result.stderr
    assert tree_bytes(typed_root) == {
        name: text.encode("utf-8") for name, text in clean_texts().items()
    }
    lines = result.stdout.splitlines()
    airfare, colon, tab, countries = corrections_at()
    assert f"{airfare}: fixed: full-width digits '１８０,０００' → '180000'" in lines
    assert f"{colon}: fixed: full-width colon → ': '" in lines
    assert f"{tab}: fixed: tab → '  '" in lines
    assert (
        f"{countries}: fixed: items separated by an ideographic comma 'PH、VN' → 'PH, VN'" in lines
    )
    assert lines[-2] == f"Fixed {MISTAKES} mistakes in 6 files."
    assert lines[-1].startswith("All good: 7 records in 7 files checked")


def test_fix_says_what_it_changed_in_japanese(typed_root):
    result = lgotp(typed_root, "--lang", "ja", "validate", "--fix", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.json()["summary"]["errors"] == 0
    notes = result.stderr.splitlines()
    airfare, colon, *_ = corrections_at()
    assert f"{colon}: 修正: 全角のコロン → ': '" in notes
    assert f"{airfare}: 修正: 全角の数字「１８０,０００」 → '180000'" in notes
    assert notes[-1] == f"6 ファイルの {MISTAKES} か所を修正しました。"


def test_diff_prints_the_corrections_and_writes_nothing(typed_root):
    before = tree_bytes(typed_root)
    result = lgotp(typed_root, "validate", "--diff")
    assert result.returncode == 1
    assert tree_bytes(typed_root) == before
    assert "--- records/trainees/EX-T1.yaml\n+++ records/trainees/EX-T1.yaml\n" in result.stdout
    assert "\n-  airfare: １８０,０００\n" in result.stdout
    assert "\n+  airfare: 180000\n" in result.stdout
    assert "\n-field：tourism\n+field: tourism\n" in result.stdout
    assert "EX-T6" not in result.stdout
    assert result.stderr_lines == [
        f"Would fix {MISTAKES} mistakes in 6 files (--diff writes nothing)."
    ]


def test_a_valid_tree_is_left_byte_for_byte(root):
    write_tree(root, clean_texts())
    before = {
        path: (path.read_bytes(), os.stat(path).st_mtime_ns) for path in root.path.rglob("*.yaml")
    }
    assert lgotp(root, "validate", "--diff").returncode == 0
    result = lgotp(root, "validate", "--fix")
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == [
        "All good: 7 records in 7 files checked, no errors or warnings."
    ]
    assert {path: (path.read_bytes(), os.stat(path).st_mtime_ns) for path in before} == before


def test_crlf_and_bom_are_kept(root):
    text = typed(trainee("EX-T1", "Maria"), TRAINEE_VALUES[8:10]).replace("\n", "\r\n")
    path = root.path / "trainees" / "EX-T1.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    path.chmod(0o640)
    result = lgotp(root, "validate", "--fix")
    assert result.returncode == 0, result.stdout
    right = trainee("EX-T1", "Maria").replace("\n", "\r\n")
    assert path.read_bytes() == b"\xef\xbb\xbf" + right.encode("utf-8")
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in path.parent.iterdir()] == ["EX-T1.yaml"]  # no temporary file left


def test_a_link_and_a_file_that_cannot_be_parsed_are_left_as_they_are(root):
    shared = root.path / "shared" / "EX-T1.yaml"
    shared.parent.mkdir()
    shared.write_text(typed(trainee("EX-T1", "Maria"), TRAINEE_VALUES[:1]), encoding="utf-8")
    (root.path / "trainees" / "EX-T1.yaml").symlink_to(Path("..") / "shared" / "EX-T1.yaml")
    broken = typed(trainee("EX-T2", "Ana"), [("field: tourism", "field：tourism"), ("english: B2", "english: [B2")])  # fmt: skip
    (root.path / "trainees" / "EX-T2.yaml").write_text(broken, encoding="utf-8")
    before = tree_bytes(root)
    result = lgotp(root, "validate", "--fix")
    assert result.returncode == 1
    assert tree_bytes(root) == before
    assert result.stderr_lines == [
        "lgotp: note: records/trainees/EX-T1.yaml: not fixed: the file is reached through a "
        "link; fix the file it leads to.",
        "lgotp: note: records/trainees/EX-T2.yaml: not fixed: the file is not valid YAML even "
        "after the corrections.",
    ]
    # The full-width colon is named where it stands, and so is what else stops the parser.
    line, column = where(broken, "：")
    reported = [line for line in result.stdout.splitlines() if "EX-T2" in line]
    assert len(reported) == 2, reported
    assert "error L001 not valid YAML: while parsing a flow sequence" in reported[0]
    assert reported[1].startswith(
        f"records/trainees/EX-T2.yaml:{line}:{column}: error L001 not valid YAML: a full-width "
        "colon '：' after the key 'field'"
    )
