"""The messages of the trainee rules (T1xx): the stay and its phases (``rules/trainee``), then
who the trainee is and the terms of the stay (``rules/trainee_terms``)."""

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

# T104: a phase outside the stay, or phases overlapping. {phase} and {before} are phases as a
# sentence names them (record_words.PHASE_IN_A_SENTENCE).
PHASE_BEFORE_ARRIVAL = Words(
    "{phase} starts {start}, before the arrival {arrival}",
    "{phase}の開始日 {start} が来日日 {arrival} より前です。日付を確認してください",
)
PHASE_AFTER_DEPARTURE = Words(
    "{phase} ends {end}, after the departure {departure}",
    "{phase}の終了日 {end} が離日日 {departure} より後です。日付を確認してください",
)
PHASES_OVERLAP = Words(
    "{phase} starts {start}, but {before} runs until {before_end}; phases follow one another "
    "without overlapping",
    "{phase}が {start} に始まりますが、{before}は {before_end} まで続きます。研修は重ならずに"
    "順に行われるので、日付を直してください",
)

# T105
JIAM_LENGTH = Words(
    "JIAM training {start} → {end} lasts {days} days; about one month is {minimum}–{maximum} days",
    "JIAM研修 {start} → {end} は {days} 日間です。約1か月とは {minimum}～{maximum} 日です。"
    "日付を確認してください",
)

# T106: the short one is a warning, the long one an error.
SPECIALIZED_SHORT = Words(
    "specialised training {start} → {end} lasts {length}, shorter than the usual {minimum} "
    "months (it would end on or after {earliest}); fine for a six-month stay, otherwise check "
    "the dates",
    "専門研修 {start} → {end} は{length}で、通常の {minimum} か月より短くなっています"
    "（{minimum} か月なら終了日は {earliest} 以降）。滞在期間が6か月ならこのままで構いません。"
    "そうでなければ日付を確認してください",
)
SPECIALIZED_LONG = Words(
    "specialised training {start} → {end} lasts {length}, longer than {maximum} months; it must "
    "end on or before {latest}",
    "専門研修 {start} → {end} は{length}で、{maximum} か月を超えています。終了日を {latest} "
    "以前にしてください",
)

# T107: {keys} is what to add, as YAML writes it (``tokyo_orientation {start, end}``): a value,
# so that the template itself has no braces but its placeholders.
NO_ORIENTATION = Words(
    "no Tokyo orientation in period; add {keys} (trainees begin with it, before JIAM)",
    "period に東京研修がありません。{keys} を追加してください（研修員は JIAM研修の前に"
    "東京研修から始めます）",
)
ORIENTATION_NOT_FIRST = Words(
    "Tokyo orientation starts {start}, not before JIAM ({jiam_start}); trainees begin with it",
    "東京研修の開始日 {start} が JIAM研修の開始日（{jiam_start}）より前ではありません。"
    "研修員は東京研修から始めるので、日付を確認してください",
)

# T110
EMPLOYER_TYPE_OTHER = Words(
    "employer type 'other' is not eligible: LGOTP trainees work for an overseas local "
    "government or one of its agencies",
    "所属団体の種別 'other' は対象外です。LGOTP の研修員は海外の地方政府またはその関係機関の"
    "職員です。employer.type を確認してください",
)
EMPLOYER_IN_JAPAN = Words(
    "employer country JP is not eligible: LGOTP is for overseas local governments",
    "所属団体の国 JP は対象外です。LGOTP は海外の地方政府の職員が対象です。employer.country を"
    "確認してください",
)

# T111: {given} is the levels the record gives, a list of ENGLISH_LEVEL / JAPANESE_LEVEL, or
# NO_LEVEL.
LANGUAGES_BELOW_BAR = Words(
    "languages ({given}) are below the programme's bar: spoken English {english} or better, or "
    "Japanese {japanese} or better",
    "語学力（{given}）がプログラムの要件に達していません。要件は英語（会話）{english} 以上、"
    "または日本語 {japanese} 以上です",
)
ENGLISH_LEVEL = Words("English {level}", "英語 {level}")
JAPANESE_LEVEL = Words("Japanese {level}", "日本語 {level}")
NO_LEVEL = Words("no level", "記載なし")

# T112
LEADERSHIP_MISSING = Words(
    "leadership is missing: say why this person can become a leader in the field",
    "leadership がありません。この研修員がその分野のリーダーになりうる理由を記入してください",
)
LEADERSHIP_EMPTY = Words(
    "leadership is empty: say why this person can become a leader in the field",
    "leadership が空です。この研修員がその分野のリーダーになりうる理由を記入してください",
)

# T113: {missing} is one key, or two (parts.both_or_one).
INDEPENDENT_WITHOUT_TIE = Words(
    "independent selection without {missing}: name the tie (sister_city, friendship or other) "
    "and the partner government",
    "独自選考ですが {missing} がありません。交流関係（sister_city、friendship、other のいずれか）と"
    "相手団体を記入してください",
)

# T115: {known} is the code's name as MIC's list or lgotp.yaml has it.
HOST_NAME_DIFFERS = Words(
    "host name '{name}' is not the name of code {code}, which is {known}; check the code or "
    "the name",
    "受入団体名 '{name}' はコード {code} の団体名ではありません。{code} は{known}です。"
    "コードか団体名を確認してください",
)
NAME_LISTED = Words("{name} ({prefecture})", "{name}（{prefecture}）")
NAME_DECLARED = Words("{name} (lgotp.yaml host_codes)", "{name}（lgotp.yaml の host_codes）")

# T116
FISCAL_YEAR_NOT_ARRIVALS = Words(
    "fiscal_year {given} is not the fiscal year of the arrival {arrival}, which is {expected}",
    "fiscal_year {given} が来日日 {arrival} の年度（{expected}年度）と一致しません。"
    "fiscal_year か来日日を直すか、fiscal_year を削除してください",
)

# T117: {missing} is withdrawal.date, withdrawal.reason or both (parts.both_or_one).
WITHDRAWAL_UNEXPLAINED = Words(
    "status is withdrawn but {missing} is missing; give the date and the reason",
    "status が withdrawn（中途帰国）ですが、{missing} がありません。中途帰国の日付と理由を"
    "記入してください",
)
WITHDRAWAL_OUTSIDE_STAY = Words(
    "withdrawal date {date} is outside the stay {stay}",
    "中途帰国日 {date} が滞在期間 {stay} の外です。日付を確認してください",
)

# T118: {status} and {expected} are statuses (parts.code_with_word: its Japanese ends in a
# full-width parenthesis, so no space follows it); the check adds AS_OF_TODAY.
STATUS_ARRIVED = Words(
    "status is {status} but the trainee arrived on {arrival}; set {expected}",
    "status が {status}ですが、研修員は {arrival} に来日しています。status を {expected}に"
    "してください",
)
STATUS_STAY_ENDED = Words(
    "status is {status} but the stay ended on {departure}; set {expected}",
    "status が {status}ですが、滞在は {departure} に終わっています。status を {expected}に"
    "してください",
)
STATUS_ARRIVAL_AHEAD = Words(
    "status is {status} but the arrival is {arrival}, after today; set {expected}",
    "status が {status}ですが、来日日 {arrival} はまだ先です。status を {expected}にしてください",
)
STATUS_DEPARTED = Words(
    "status is {status} but the trainee departed on {departure}; set {expected}",
    "status が {status}ですが、研修員は {departure} に離日しています。status を {expected}に"
    "してください",
)
STATUS_DEPARTURE_AHEAD = Words(
    "status is {status} but the departure is {departure}, after today",
    "status が {status}ですが、離日日 {departure} はまだ先です。status か日付を確認してください",
)
STATUS_WITHDRAWAL_AHEAD = Words(
    "status is {status} but the withdrawal date {date} is after today",
    "status が {status}ですが、中途帰国日 {date} はまだ先です。status か日付を確認してください",
)
AS_OF_TODAY = Words("{problem} (today is {today})", "{problem}（本日: {today}）")

# T119
COSTS_MISSING = Words(
    "costs are missing: give the host's planned costs (airfare, accommodation, "
    "living_allowance, training, domestic_travel, other) in whole yen",
    "costs がありません。受入団体の予定経費（airfare、accommodation、living_allowance、"
    "training、domestic_travel、other）を円単位の整数で記入してください",
)
