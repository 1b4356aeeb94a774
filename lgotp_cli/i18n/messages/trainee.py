"""The messages of the trainee rules (T1xx)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

STAY_TOO_SHORT = Words(
    "stay {stay} lasts {length}, shorter than the {minimum} months LGOTP requires; the "
    "departure must be on or after {earliest} (or the trainee is withdrawn)",
    "滞在期間 {stay} は{length}で、LGOTP に必要な {minimum} か月に足りません。離日日を "
    "{earliest} 以降にしてください（研修を中止した場合は status: withdrawn にします）",
)
STAY_TOO_LONG = Words(
    "stay {stay} lasts {length}, longer than the {maximum} months LGOTP allows; the departure "
    "must be on or before {latest}",
    "滞在期間 {stay} は{length}で、LGOTP の上限 {maximum} か月を超えています。離日日を "
    "{latest} 以前にしてください",
)
DEPARTURE_BEFORE_ARRIVAL = Words(
    "departure {departure} is before arrival {arrival}; check both dates",
    "離日日 {departure} が来日日 {arrival} より前です。両方の日付を確認してください",
)
PHASE_REVERSED = Words(
    "{phase} ends ({end}) before it starts ({start})",
    "{phase}の終了日（{end}）が開始日（{start}）より前です",
)
