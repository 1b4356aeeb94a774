"""The Japanese of the dispatch rules (see ``rule_docs``: the English is beside each check)."""

from __future__ import annotations

from lgotp_cli.i18n.rule_docs import RuleText

JA: dict[str, RuleText] = {
    "D201": RuleText(
        summary="派遣期間が3か月を超える（「原則」なので waiver で除外できる）",
        what="派遣期間（出国日から帰国日まで、両日を含む）が、方針の ``dispatch_max_months``"
        "（3か月）を超えている。2024-07-01 に出国したら、帰国日は 2024-09-30 までとなる。",
        why="専門家の派遣期間は「原則、3か月以内」。それより長い派遣は、合意のうえでの例外である。",
        fix="帰国日を訂正する。長い派遣が合意済みの場合は、理由を書いて D201 の waiver を追加する。",
    ),
    "D202": RuleText(
        summary="通常の派遣期間（10日間〜1か月）から外れている",
        what="派遣期間が10日未満か1か月を超えている（方針の ``dispatch_typical_days``、両日を"
        "含む）。``-v`` を付けたときだけ表示する。",
        why="派遣期間はおおむね10日間から1か月程度。これを外れても問題ではなく、珍しいというだけ"
        "だが、日付の入力ミスのこともある。",
        fix="日付が正しければ何もしなくてよい。誤っていれば訂正する。",
    ),
    "D203": RuleText(
        summary="派遣先の国が中国・東南アジア（方針の国一覧）以外",
        what="派遣先の国（``request.country``）が、方針の ``dispatch_countries`` に含まれない。"
        "対象国は中国、東南アジア諸国、インド（CN BN KH ID LA MY MM PH SG TH TL VN IN）。",
        why="本事業が専門家を派遣するのはこれらの国だけである。",
        fix="国コード（ISO 3166-1 alpha-2）を訂正する。本事業に加わった国は ``lgotp.yaml`` の"
        " ``policy.dispatch_countries`` に追加する。",
    ),
    "D204": RuleText(
        summary="`database_id` がない（専門家は人材バンクの登録者から選ぶ）",
        what="``specialist.database_id`` がないか、空である。",
        why="専門家は自治体国際協力人材バンクの登録者から選考する。記録にはその登録番号を書く。"
        "登録番号は、同じ専門家の2つの派遣を見分けるのにも使う（X303）。",
        fix="専門家の人材バンクの登録番号（``ICD-00123``）を記入する。",
    ),
    "D205": RuleText(
        summary="帰国日が出国日より前",
        what="帰国日（日本に戻った日）が出国日より前である。",
        why="派遣が始まる前に終わることはない。たいていは2つの日付の入れ違いか年の入力ミスで、"
        "そこから計算する期間がすべて誤りになる。",
        fix="日付を入れ替えるか、年を訂正する。",
    ),
    "D206": RuleText(
        summary="要請がない、または要請日が出国日より後",
        what="派遣に ``request`` がないか、要請の日付が出国日より後である。",
        why="派遣は海外自治体からの要請に応えるもので、要請は専門家の出国前に行われる。",
        fix="要請（``date``、``local_government``、``country``、``purpose``）を、要請のあった"
        "日付とともに記入する。",
    ),
    "D207": RuleText(
        summary="専門家の所属先が経費を負担している（`workplace` > 0）",
        what="専門家の所属先が経費を負担している。``costs.workplace`` が0より大きい。",
        why="「所属先に費用負担は生じない」。経費はクレアと派遣先の海外自治体が負担する。",
        fix="その経費を負担する側（``costs.clair``、または派遣先が負担する項目は "
        "``host_provides``）に移し、``workplace: 0`` にする。",
    ),
    "D208": RuleText(
        summary="`host_provides` に派遣先が負担すべき項目が欠けている",
        what="``costs.host_provides`` に、派遣先の海外自治体が負担すべき項目が欠けている。項目は"
        "現地移動、生活、通勤、食事、交通、通信、通訳の各費用（現物支給か支払いかを問わない）。",
        why="これらは派遣先の海外自治体が負担する。項目が欠けているのは、記録の漏れか、その経費を"
        "ほかの誰かが負担したかのどちらかである。",
        fix="派遣先が負担する項目を ``host_provides`` に追加する。合意済みの例外であれば、理由を"
        "書いて D208 の waiver を追加する。",
    ),
    "D209": RuleText(
        summary="報告書の期限超過（帰国後 `report_due_days` 日を過ぎても未提出）",
        what="専門家の報告書が提出されておらず（``report.submitted`` がない）、今日の時点で期限を"
        "過ぎている。期限は帰国日の ``report_due_days``（30）日後で、その翌日から期限超過と"
        "なる。「今日」は ``--today`` または ``LGOTP_TODAY`` が設定されていればその日付。",
        why="専門家は帰国後に報告書を提出する。提出が遅れているものはクレアが督促する。",
        fix="報告書が届いたら ``report.submitted``（と ``report.file``）を記録する。",
    ),
    "D210": RuleText(
        summary="報告書が3,000字未満（マークアップと空白は数えない）、または写真がない",
        what="報告書ファイルが3,000字未満か、写真がない（方針の ``report_min_characters`` と "
        "``report_min_photos``）。字数は Markdown のマークアップと空白を除いて数える。写真とは"
        "画像（``![caption](photo.jpg)``）のこと。報告書ファイルがない場合は X305 で扱う。",
        why="報告書は「写真付きで3000字」とされている。",
        fix="報告書を完成させ、写真を1枚以上入れる。",
        example="例の記録フォルダには ``reports/EX-D.md``（3,568字、写真1枚の報告書）と "
        "``reports/EX-D-draft.md``（写真のない1段落）がある。",
    ),
    "D211": RuleText(
        summary="日当が単価 × 日数と一致しない（単価が設定されている場合）",
        what="``lgotp.yaml`` に ``policy.daily_allowance_per_day`` が設定されているとき、クレアが"
        "支払う日当（``costs.clair.daily_allowance``）が、その単価に派遣日数（両日を含む）を"
        "掛けた額と一致しない。単価が設定されていなければ確認しない。",
        why="日当は日ごとに支払う。単価 × 日数と一致しない額は、たいてい日数の数え違いか金額の"
        "入力ミスである。",
        fix="日当か日付を訂正する。正しい額はメッセージに示す。",
        example="例の ``lgotp.yaml`` は ``policy: {daily_allowance_per_day: 7600}`` を設定して"
        "おり、有効な派遣は20日間（2024-07-01 → 2024-07-20）なので、日当は152,000円となる。",
    ),
    "D212": RuleText(
        summary="専門家の所属団体コードが正しい地方公共団体コードでない",
        what="専門家の所属団体コード（``specialist.employer.code``）の検査数字が誤って"
        "いるか、出国日の年度にどの地方公共団体も指していない（総務省の一覧にも、``lgotp.yaml`` "
        "の ``host_codes`` で登録した旧コードにもない）。退職した専門家の元の所属団体は省略でき、"
        "どの年度の旧コードでもよい。",
        why="専門家は日本の地方公共団体から派遣される。報告ではコードでどの団体かを特定する。",
        fix="コードを訂正するか、旧コードを ``lgotp.yaml`` の ``host_codes`` に登録する。",
    ),
    "D213": RuleText(
        summary="status が今日時点の日付と合わない",
        what="status が今日時点の日付と合わない。出国日の前日までは ``planned``、出国日から"
        "帰国日まで（両日を含む）は ``dispatched``、帰国日以降は ``completed``、``cancelled`` は"
        "いつでもよい。「今日」は ``--today`` または ``LGOTP_TODAY`` が設定されていればその日付。",
        why="一覧や報告には status が表示される。更新されていない status は読む人を誤らせる。",
        fix="メッセージが示す status にするか、日付を訂正する。",
    ),
}
