"""The catalogue's words for `lgotp rules`: the rule table's headings and its last line, and the
headings of one rule explained. The rules' own summaries and documentation are the registry's
(English) and ``rule_docs`` (Japanese)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

TABLE_HEADINGS = Terms(
    {
        "code": Words("code", "コード"),
        "severity": Words("severity", "重大度"),
        "summary": Words("summary", "概要"),
    }
)
EXPLAIN_ONE = Words(
    "`lgotp rules CODE` explains one rule, with an example.",
    "`lgotp rules CODE` で、ルールを1つ例とともに説明します。",
)
# The parts of a rule's documentation, under these headings (``RuleDoc``'s fields).
SECTIONS = Terms(
    {
        "what": Words("What it checks", "何を検査するか"),
        "why": Words("Why", "理由"),
        "fix": Words("How to fix", "直し方"),
        "example": Words("Example", "例"),
    }
)
HEADLINE = Words(
    "{code} · {severities} · {scope} rule · {waivable}",
    "{code} · {severities} · {scope}のルール · {waivable}",
)
WAIVABLE = Words("waivable", "免除できる")
NOT_WAIVABLE = Words("cannot be waived", "免除できない")
# What a rule of each scope looks at (registry.SCOPES).
SCOPE = Terms(
    {
        "file": Words("file", "ファイル"),
        "record": Words("record", "記録"),
        "trainee": Words("trainee", "研修員"),
        "dispatch": Words("dispatch", "派遣"),
        "request": Words("request", "利用要望"),
        "all": Words("all", "全記録"),
        "waivers": Words("waivers", "免除"),
    }
)
FIRES = Words("Fires ({setting})", "発生する例（{setting}）")
QUIET = Words("Quiet", "発生しない例")
# What the examples are laid over (``rules.examples``): a record of a kind, one of each, a file.
SETTING_OVER_A_RECORD = Words(
    "laid over a valid {kind}, as of {today}", "有効な{kind}の記録に重ねたもの、{today} 時点"
)
SETTING_OVER_EACH = Words(
    "a file a record, each laid over a valid one of its `kind`, as of {today}",
    "1ファイル1記録、それぞれ同じ `kind` の有効な記録に重ねたもの、{today} 時点",
)
SETTING_A_FILE = Words("a whole file", "ファイル全体")
NO_SUCH_RULE = Words("there is no rule '{code}'.{hint}", "ルール '{code}' はありません。{hint}")
DID_YOU_MEAN = Words(" Did you mean {codes}?", "{codes} のことですか。")
SEE_THE_TABLE = Words(" See `lgotp rules`.", "`lgotp rules` で一覧を確認してください。")
