"""The Japanese of the trainee rules (see ``rule_docs``: the English is beside each check)."""

from __future__ import annotations

from lgotp_cli.i18n.rule_docs import RuleText

JA: dict[str, RuleText] = {
    "T101": RuleText(
        summary="滞在期間（来日日 → 離日日）が6か月未満（研修中止の場合を除く）",
        what="滞在期間（来日日から離日日まで、両日を含む）が、方針の最短6か月に満たない"
        "（研修を中止した場合を除く）。月数は lgotp のどこでも同じ数え方をする。N か月とは、"
        "ある日から N か月後の同じ日の前日までで、2024-04-01 → 2024-09-30 はちょうど6か月、"
        "2024-05-27 に来日したら離日日は 2024-11-26 以降が必要。",
        why="LGOTP の受入れ期間は6か月から12か月。研修を中止した研修員はそれより早く帰国できる。",
        fix="日付を直すか、``status: withdrawn`` にして ``withdrawal`` の日付と理由を書く。",
    ),
}
