"""The messages of the cross-record rules (X3xx): records that clash, file names, referenced
files and waivers. A place is a file as the records root names it, and its line."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

# X301
DUPLICATE_ID = Words(
    "id {id} is also the id of the record at {place}; every record needs an id of its own",
    "id {id} は {place} の記録の id と同じです。記録ごとに別の id を付けてください",
)
# X302
SAME_TRAINEE_TWICE = Words(
    "{given} {family} ({nationality}) is also in {other} ({place}) for an overlapping stay "
    "{arrival} → {departure}",
    "{given} {family}（{nationality}）は {other}（{place}）にも滞在期間 {arrival} → "
    "{departure} で記録されており、期間が重なっています。重複した記録を削除するか、日付または"
    "氏名を訂正してください",
)
# X303
SAME_SPECIALIST_TWICE = Words(
    "specialist {database_id} is also on {other} ({place}), {departure} → {back}, which "
    "overlaps this dispatch",
    "専門家 {database_id} は {other}（{place}）の派遣 {departure} → {back} にも記録されて"
    "おり、この派遣と期間が重なっています。重複した記録を削除するか、日付または database_id を"
    "訂正してください",
)
# X304
FILE_NOT_NAMED_AFTER_ID = Words(
    "file {file} holds record {id}; name it {id}{suffix}",
    "ファイル {file} には記録 {id} が入っています。ファイル名を {id}{suffix} にしてください",
)
# X305: what is wrong with a referenced file ({problem} below)
ABSOLUTE_PATH = Words(
    "{target} is an absolute path; give the path from the records root",
    "{target} は絶対パスです。記録フォルダからのパスを書いてください",
)
OUTSIDE_THE_ROOT = Words(
    "{target} leads outside the records root; keep referenced files inside it",
    "{target} は記録フォルダの外を指しています。参照するファイルは記録フォルダの中に置いてください",
)
MISSING_FILE = Words(
    "{target} does not exist",
    "{target} がありません。ファイルを置くか、パスを訂正してください",
)
REPORT_FILE_PROBLEM = Words("report file {problem}", "報告書ファイル {problem}")
PHOTO_PROBLEM = Words("photo in {report}: {problem}", "{report} の写真: {problem}")
# X306
WAIVER_NAMES_NO_RULE = Words(
    "waiver names {rule}, which is not a rule{hint}",
    "waiver に書かれた {rule} というルールはありません{hint}。コードを訂正するか、waiver を"
    "削除してください",
)
DID_YOU_MEAN = Words("; did you mean {code}?", "（{code} ではありませんか）")
CANNOT_BE_WAIVED = Words(
    "{code} cannot be waived (L and S rules and X301 never can)",
    "{code} は waiver の対象にできません（L・S のルールと X301 は対象外です）。この waiver を"
    "削除してください",
)
STALE_WAIVER = Words(
    "waiver for {code} is stale: {code} no longer fires for this record; remove it",
    "{code} の waiver は不要になっています。この記録では {code} の指摘はもう出ません。waiver を削除して"
    "ください",
)
