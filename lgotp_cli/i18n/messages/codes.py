"""The messages of a local government code that cannot be used (``reference.codes``): a
trainee's or a request's host (T114, R301) and a specialist's employer (D212) are said alike."""

from __future__ import annotations

from lgotp_cli.i18n.text import Words

NOT_A_CODE = Words(
    "'{code}' is not a local government code: six digits, the last a check digit",
    "'{code}' は地方公共団体コードではありません。地方公共団体コードは6桁で、最後の1桁が"
    "検査数字です",
)
# {right} is the code with the right check digit, NAMED when a government has it (the
# Japanese puts the name first, so that the code stands before the space that follows it).
WRONG_CHECK_DIGIT = Words(
    "local government code {code} has a wrong check digit: the check digit of {first_five} is "
    "{digit}, so the code would be {right}",
    "地方公共団体コード {code} の検査数字が誤っています。{first_five} の検査数字は {digit} "
    "なので、コードは {right} になります",
)
NAMED = Words("{code} ({name})", "{name}の {code}")
NOT_LISTED = Words(
    "local government code {code} is not in MIC's list of local governments; check the code, "
    "or, if it is the code of a government that has since merged or changed its code, declare "
    "it in lgotp.yaml under host_codes (its name, type, dates and successor)",
    "地方公共団体コード {code} は総務省の地方公共団体コード一覧にありません。コードを確認して"
    "ください。合併やコード変更の前のコードであれば、lgotp.yaml の host_codes に名称・種別・"
    "有効期間・承継先を登録してください",
)
# {dates} is one of VALID_*, {successor} SUCCESSOR or nothing.
FORMER_CODE_OTHER_YEAR = Words(
    "local government code {code} ({name}) was a local government {dates} (lgotp.yaml "
    "host_codes), not in fiscal year {year}{successor}; use the code the host had that year",
    "{name}の地方公共団体コード {code} は、lgotp.yaml の host_codes で {dates}有効なコードと"
    "されており、{year}年度には使えません。{successor}{year}年度当時のコードにしてください",
)
SUCCESSOR = Words("; from then on its successor is {code}", "その後の承継先は {code} です。")
VALID_FROM_TO = Words("from {start} to {end}", "{start} から {end} まで")
VALID_UNTIL = Words("until {end}", "{end} まで")
VALID_FROM = Words("from {start}", "{start} から")
VALID_ALWAYS = Words("at any time", "常に")
