"""The messages of the host-request rules (R3xx). A bad host code (R301) is said as every code
problem is (``messages.codes``)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Counted, Words

# R302: {intention} is the intention of Form 1 (parts.code_with_word, no space after it).
CONDITIONS_MISSING = Words(
    "conditions (Form 3) are missing and required because the intention is {intention}: give "
    "countries, fields, language and months",
    "intention が {intention}のため様式3（conditions）が必要ですが、ありません。countries、"
    "fields、language、months を記入してください",
)

# R303: {missing} is one key, or two (parts.both_or_one).
INDEPENDENT_WITHOUT_TIE = Words(
    "independent selection without {missing}: name the tie and the partner government",
    "独自選考ですが {missing} がありません。交流関係と相手団体を記入してください",
)

# R304: {number} is the form's number (1, 2 or 3), {count} the days it was late.
FORM_LATE = Counted(
    one=Words(
        "Form {number} was submitted {submitted}, {count} day after its deadline {deadline}",
        "様式{number}は期限 {deadline} を {count} 日過ぎて {submitted} に提出されています",
    ),
    other=Words(
        "Form {number} was submitted {submitted}, {count} days after its deadline {deadline}",
        "様式{number}は期限 {deadline} を {count} 日過ぎて {submitted} に提出されています",
    ),
)

# R305
SECOND_REQUEST = Words(
    "a second request from host {code} for FY{year}; the first is {first} ({file}:{line})",
    "受入団体 {code} の {year}年度の利用要望が2件あります。1件目は {first}（{file}:{line}）"
    "です。重複した方を削除するか、コードか年度を直してください",
)
