"""The Japanese of the request rules (see ``rule_docs``: the English is beside each check)."""

from __future__ import annotations

from lgotp_cli.i18n.rule_docs import RuleText

JA: dict[str, RuleText] = {
    "R301": RuleText(
        summary="受入団体コードが無効（T114 と同じ）",
        what="受入団体の地方公共団体コードの検査数字が誤っている、または利用要望の年度の"
        "地方公共団体を指していない（総務省の一覧にも、``lgotp.yaml`` の ``host_codes`` に"
        "登録された旧コードにもない）。T114 が研修員の受入団体を調べるのと同じ。",
        why="コードは利用要望調査とその集計で受入団体を示す。",
        fix="コードを直すか、旧コードを ``lgotp.yaml`` の ``host_codes`` に登録する。",
    ),
    "R302": RuleText(
        summary="参加意向が considering または method_undecided なのに様式3の条件がない",
        what="様式1の参加意向が ``considering`` または ``method_undecided`` なのに、様式3"
        "（``conditions``: 希望する研修員の国・分野・言語・月数）がない。参加する受入団体が"
        "条件を書いてもよい。",
        why="調査は様式3をこれらの受入団体に、そしてこれらの受入団体にだけ求めている"
        "（様式1で「参加検討」「選考方法未定」のみ）。",
        fix="``conditions: {countries, fields, language, months}`` を書くか、参加意向を直す。",
    ),
    "R303": RuleText(
        summary="独自選考なのに relationship と partner がない",
        what="独自選考（``selection.method: independent``）の利用要望に"
        " ``selection.relationship`` または ``selection.partner`` がない。",
        why="独自選考は、海外の政府との姉妹都市・友好都市などの交流関係を通じて行う。"
        "利用要望にはその交流関係と相手団体を書く。",
        fix="``relationship`` と ``partner`` を書くか、選考方法を直す。",
    ),
    "R304": RuleText(
        summary="様式が日程の提出期限より後に提出された",
        what="様式が、利用要望の年度の事業日程（``lgotp.yaml`` の ``calendar``。組み込みの日程"
        "では、2025年度の様式1・様式2は 2024-10-04 まで、様式3は 2024-11-01 まで）の提出期限"
        'より後に提出された。日程の行事は ``forms: [form1]`` か、その文言（"Form 3"）で'
        "様式を示す。",
        why="クレアは調査をもとに翌年度の計画を立てる。遅れて届いた様式は、警告にすぎないが"
        "知っておく価値がある。",
        fix="日付が正しければ対応は不要（警告である）。そうでなければ ``submitted`` の日付を直す。",
    ),
    "R305": RuleText(
        summary="同じ受入団体・同じ年度の利用要望が2件以上ある",
        what="同じ受入団体から同じ年度の利用要望が2件ある。両方の場所を示す。",
        why="受入団体が出す利用要望は年度ごとに1件。2件目は写しか、コードや年度の誤入力で、"
        "調査で受入団体を二重に数えてしまう。",
        fix="写しを削除するか、コードまたは年度を直す。",
    ),
}
