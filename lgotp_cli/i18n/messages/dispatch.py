"""The messages of the dispatch rules (D2xx). A dispatch's trip is written
``departure → return`` in both languages; lengths are ``months.Length`` and statuses
``parts.code_with_word``, said in the message's language."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

# D201
DISPATCH_TOO_LONG = Words(
    "dispatch {departure} → {back} lasts {length}, longer than {maximum} months; return by {latest}, or add a "
    "waiver with the reason if the longer dispatch was agreed",
    "派遣期間 {departure} → {back} は{length}で、上限の {maximum} か月を超えています。帰国日を {latest} "
    "以前にしてください（長い派遣が合意済みの場合は、理由を書いて D201 の waiver を追加して"
    "ください）",
)
# D202
DISPATCH_UNUSUAL_LENGTH = Words(
    "dispatch {departure} → {back} lasts {days} days; most last {shortest}–{longest} days",
    "派遣期間 {departure} → {back} は{days}日間で、通常の{shortest}〜{longest}日から外れています。"
    "日付に誤りがないか確認してください",
)
# D203
NOT_A_PROGRAMME_COUNTRY = Words(
    "destination {country} is not one of the programme's countries ({allowed})",
    "派遣先の国 {country} は本事業の対象国（{allowed}）ではありません。国コードを確認してください",
)
# D204
DATABASE_ID_MISSING = Words(
    "specialist.database_id is missing: give the specialist's registration in the "
    "International Cooperation Database",
    "specialist.database_id がありません。専門家の自治体国際協力人材バンクの登録番号を記入してください",
)
# D205
RETURN_BEFORE_DEPARTURE = Words(
    "return {back} is before departure {departure}",
    "帰国日 {back} が出国日 {departure} より前です。日付を入れ替えるか、年を訂正してください",
)
# D206
REQUEST_MISSING = Words(
    "request is missing: give the overseas local government's request (date, "
    "local_government, country, purpose)",
    "request がありません。派遣先の海外自治体からの要請（date、local_government、country、"
    "purpose）を記入してください",
)
REQUEST_AFTER_DEPARTURE = Words(
    "request dated {requested}, after the departure {departure}",
    "要請日 {requested} が出国日 {departure} より後です。要請のあった日付を記入してください",
)
# D207
WORKPLACE_BEARS_A_COST = Words(
    "the specialist's workplace bears {amount} yen; it must bear nothing (CLAIR and the overseas "
    "local government cover the costs)",
    "専門家の所属先が {amount}円を負担しています。派遣経費はクレアと派遣先の海外自治体が"
    "負担し、所属先の負担はありません。経費を costs.clair または host_provides に移し、"
    "costs.workplace を 0 にしてください",
)
# D208
HOST_PROVIDES_LEAVES_OUT = Words(
    "host_provides leaves out {missing}; the overseas local government should bear these",
    "host_provides に {missing} がありません。これらは派遣先の海外自治体が負担する経費です。"
    "host_provides に追加してください",
)
# D209
REPORT_OVERDUE = Words(
    "the report was due {due} ({due_days} days after the return on {back}) and is {overdue} "
    "overdue; record report.submitted when it arrives",
    "報告書の提出期限は {due}（帰国日 {back} の{due_days}日後）で、{overdue}過ぎています。"
    "報告書が届いたら report.submitted を記録してください",
)
# D210
REPORT_TOO_SHORT = Words(
    "report {file} has {characters:,} characters (markup and spaces not counted); the "
    "programme asks for at least {minimum:,}",
    "報告書 {file} は{characters:,}字です（マークアップと空白は数えません）。本事業では"
    "{minimum:,}字以上が必要です。報告書を完成させてください",
)
REPORT_TOO_FEW_PHOTOS = Words(
    "report {file} has {photos} photographs; it needs at least {minimum} (![caption](photo.jpg))",
    "報告書 {file} の写真は{photos}枚です。{minimum}枚以上必要です。写真を "
    "![caption](photo.jpg) の形で入れてください",
)
# D211
DAILY_ALLOWANCE_NOT_RATE_TIMES_DAYS = Words(
    "daily allowance {allowance} is not {rate} × {days} days = {expected}",
    "日当 {allowance} が {rate} × {days}日 = {expected} と一致しません。日当または日付を"
    "訂正してください",
)
# D213: the status and the dates as of today; {status} is a status (``parts.code_with_word``:
# its Japanese ends in a bracket, so no space follows it)
PLANNED_BUT_DEPARTED = Words(
    "status is {status} but the departure was {departure} (today is {today})",
    "status が {status}ですが、出国日 {departure} を迎えています（今日は {today}）。"
    "status を dispatched（派遣中）か completed（派遣終了）にするか、日付を訂正してください",
)
DISPATCHED_BEFORE_DEPARTURE = Words(
    "status is {status} but the departure is {departure}, after today (today is {today})",
    "status が {status}ですが、出国日 {departure} はまだ先です（今日は {today}）。"
    "status を planned（予定）にするか、日付を訂正してください",
)
DISPATCHED_AFTER_RETURN = Words(
    "status is {status} but the specialist returned on {back}; set completed (today is {today})",
    "status が {status}ですが、専門家は {back} に帰国しています（今日は {today}）。"
    "status を completed（派遣終了）にしてください",
)
COMPLETED_BEFORE_RETURN = Words(
    "status is {status} but the return is {back}, after today (today is {today})",
    "status が {status}ですが、帰国日 {back} はまだ先です（今日は {today}）。"
    "status を planned（予定）か dispatched（派遣中）にするか、日付を訂正してください",
)
