"""The catalogue's words for the codes that records hold: statuses, host types, intentions,
allocation-tax kinds, fields, phases of a stay, record kinds and severities."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

STATUS = Terms(
    {
        "planned": Words("Planned", "予定"),
        "in_training": Words("In training", "研修中"),
        "completed": Words("Completed", "修了"),
        "withdrawn": Words("Withdrawn", "中途帰国"),
        "dispatched": Words("Dispatched", "派遣中"),
        "cancelled": Words("Cancelled", "中止"),
    }
)
DISPATCH_STATUS = Terms(  # a completed dispatch is 派遣終了, not 修了
    {
        "planned": Words("Planned", "予定"),
        "dispatched": Words("Dispatched", "派遣中"),
        "completed": Words("Completed", "派遣終了"),
        "cancelled": Words("Cancelled", "中止"),
    }
)
HOST_TYPE = Terms(
    {
        "prefecture": Words("Prefecture", "都道府県"),
        "designated_city": Words("Designated city", "政令指定都市"),
        "municipality": Words("Municipality", "市区町村"),
    }
)
INTENTION = Terms(  # a host request's Form 1
    {
        "participate": Words("Participate", "参加"),
        "considering": Words("Considering", "参加検討"),
        "method_undecided": Words("Method undecided", "選考方法未定"),
        "not_participating": Words("Not participating", "不参加"),
    }
)
SELECTION_METHOD = Terms(  # a host request's Form 2
    {
        "clair": Words("CLAIR-mediated", "クレア斡旋選考"),
        "independent": Words("Independent", "独自選考"),
        "undecided": Words("Undecided", "未定"),
    }
)
RELATIONSHIP = Terms(  # the tie between a host and the trainee's local government
    {
        "sister_city": Words("Sister city", "姉妹都市"),
        "friendship": Words("Friendship", "友好都市"),
        "other": Words("Other tie", "その他"),
    }
)
TRAINING_LANGUAGE = Terms(
    {
        "english": Words("English", "英語"),
        "japanese": Words("Japanese", "日本語"),
        "either": Words("Either", "いずれも可"),
    }
)
TAX_KIND = Terms(
    {
        "ordinary": Words("Ordinary allocation tax", "普通交付税"),
        "special": Words("Special allocation tax", "特別交付税"),
        "none": Words("None (non-grant body)", "なし（不交付団体）"),
    }
)
RETIRED = Words("retired", "退職")  # a retired specialist, after the former employer's name
# A retired specialist's former employer: "岡崎市（退職）", "Okazaki City (retired)".
FORMER_EMPLOYER = Words("{name} ({retired})", "{name}（{retired}）")

RECORD_KIND = Terms(
    {
        "trainee": Words("Trainee", "研修員"),
        "dispatch": Words("Specialist dispatch", "専門家派遣"),
        "request": Words("Host request", "利用要望"),
    }
)
SEVERITY = Terms(
    {
        "error": Words("Error", "エラー"),
        "warning": Words("Warning", "警告"),
        "info": Words("Note", "注意"),
    }
)

# Fields: the dispatch programme's 32 and LGOTP's three (reference/fields.py says which is
# which). English labels are the dispatch FAQ's; Japanese ones are CLAIR's 分野 names.
FIELD = Terms(
    {
        "agriculture": Words("Agriculture", "農業"),
        "agricultural_engineering": Words("Agricultural engineering", "農業土木"),
        "forestry": Words("Forestry", "林業"),
        "livestock": Words("Livestock industry", "畜産業"),
        "fisheries": Words("Fisheries industry", "水産業"),
        "biotechnology": Words("Biotechnology", "バイオテクノロジー"),
        "commerce": Words("Commerce", "商業"),
        "manufacturing": Words("Manufacturing industry", "工業"),
        "ceramics": Words("Ceramics industry", "窯業"),
        "urban_planning": Words("Urban planning", "都市計画"),
        "environmental_protection": Words("Environmental protection", "環境保全"),
        "civil_engineering": Words("Civil engineering", "土木"),
        "water_supply_sewage": Words("Water supply/sewage systems", "上下水道"),
        "public_transport": Words("Public transport", "公共交通"),
        "waste_disposal": Words("Waste disposal", "廃棄物処理"),
        "architecture_housing": Words("Architecture/housing", "建築・住宅"),
        "electricity_power": Words("Electricity/power generation", "電気・発電"),
        "fire_disaster_prevention": Words("Fire and disaster prevention", "消防・防災"),
        "social_welfare": Words("Social welfare", "社会福祉"),
        "medical_care": Words("Medical care", "医療"),
        "health_hygiene": Words("Health and hygiene", "保健衛生"),
        "education": Words("Education", "教育"),
        "job_training": Words("Job training", "職業訓練"),
        "cultural_property": Words("Cultural property protection", "文化財保護"),
        "japanese_culture_education": Words("Japanese cultural education", "日本文化教育"),
        "japanese_language_education": Words("Japanese language education", "日本語教育"),
        "tourism": Words("Tourism", "観光"),
        "law": Words("Law", "法律"),
        "budget_finance": Words("Budget/finance", "予算・財政"),
        "tax_collection": Words("Tax/tax collection", "税・徴税"),
        "election_management": Words("Election management", "選挙管理"),
        "general_administration": Words("General administration", "一般行政"),
        "economy": Words("Economy", "経済"),
        "multicultural_coexistence": Words("Multicultural coexistence", "多文化共生"),
        "other": Words("Other", "その他"),
    }
)

# Phases and spans of a stay or a dispatch, as a chart's legend and a table name them.
PHASE = Terms(
    {
        "tokyo_orientation": Words("Tokyo orientation", "東京研修"),
        "jiam": Words("JIAM", "JIAM研修"),
        "specialized": Words("Specialised training", "専門研修"),
        "stay": Words("Stay", "滞在"),
        "withdrawn": Words("After withdrawal", "中途帰国後"),
        "dispatch": Words("Dispatch", "派遣"),
        "report": Words("Report due", "報告書提出期限まで"),
    }
)
# The same spans inside a sentence ("specialised training ends …", "the stay: 6 months → …").
PHASE_IN_A_SENTENCE = Terms(
    {
        "stay": Words("the stay", "滞在期間"),
        "tokyo_orientation": Words("Tokyo orientation", "東京研修"),
        "jiam": Words("JIAM", "JIAM研修"),
        "specialized": Words("specialised training", "専門研修"),
        "dispatch": Words("the dispatch", "派遣期間"),
    }
)
# Dated points on a timeline.
MARKER = Terms(
    {
        "arrival": Words("Arrival", "来日"),
        "departure": Words("Departure", "離日"),
        "withdrawal": Words("Withdrawal", "中途帰国"),
        "request": Words("Request", "要請"),
        "report_due": Words("Report due", "報告書期限"),
        "report_submitted": Words("Report submitted", "報告書提出"),
        "calendar": Words("Calendar", "日程"),
        "return": Words("Return", "帰国"),
    }
)

# A trainee's employer at home (``employer.type``).
EMPLOYER_TYPE = Terms(
    {
        "local_government": Words("Local government", "地方自治体"),
        "local_government_agency": Words("Local government agency", "地方自治体の関係機関"),
        "other": Words("Other", "その他"),
    }
)
# How a serving specialist goes (``specialist.arrangement``): on a business trip, or seconded
# under the law on local public employees dispatched to foreign local governments (派遣法).
ARRANGEMENT = Terms(
    {
        "business_trip": Words("Business trip", "出張"),
        "temporary_staffing": Words("Secondment (dispatch law)", "派遣法に基づく派遣"),
    }
)
# What the overseas local government bears during a dispatch (``costs.host_provides``).
HOST_ITEM = Terms(
    {
        "local_travel": Words("Local travel", "現地移動費"),
        "living": Words("Living", "滞在費"),
        "commuting": Words("Commuting", "通勤費"),
        "meals": Words("Meals", "食費"),
        "transport": Words("Transport", "交通費"),
        "communication": Words("Communication", "通信費"),
        "interpreting": Words("Interpreting", "通訳"),
    }
)
# A yes-or-no value of a record (``specialist.retired``).
YES_NO = Terms({"true": Words("Yes", "はい"), "false": Words("No", "いいえ")})
