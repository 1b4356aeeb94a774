"""Fields with labels: the 32 of the dispatch programme, and three more that LGOTP has.

LGOTP trainees (and host requests) use the dispatch programme's keys and three that CLAIR's
LGOTP pages name and the dispatch list lacks: 一般行政 (general administration, the largest field
in CLAIR Beijing's tables), 経済 (economy) and 多文化共生 (multicultural coexistence).
English labels are the dispatch FAQ's; Japanese ones are CLAIR's 分野 names.
"""

from __future__ import annotations

FIELDS: dict[str, tuple[str, str]] = {
    "agriculture": ("Agriculture", "農業"),
    "agricultural_engineering": ("Agricultural engineering", "農業土木"),
    "forestry": ("Forestry", "林業"),
    "livestock": ("Livestock industry", "畜産業"),
    "fisheries": ("Fisheries industry", "水産業"),
    "biotechnology": ("Biotechnology", "バイオテクノロジー"),
    "commerce": ("Commerce", "商業"),
    "manufacturing": ("Manufacturing industry", "工業"),
    "ceramics": ("Ceramics industry", "窯業"),
    "urban_planning": ("Urban planning", "都市計画"),
    "environmental_protection": ("Environmental protection", "環境保全"),
    "civil_engineering": ("Civil engineering", "土木"),
    "water_supply_sewage": ("Water supply/sewage systems", "上下水道"),
    "public_transport": ("Public transport", "公共交通"),
    "waste_disposal": ("Waste disposal", "廃棄物処理"),
    "architecture_housing": ("Architecture/housing", "建築・住宅"),
    "electricity_power": ("Electricity/power generation", "電気・発電"),
    "fire_disaster_prevention": ("Fire and disaster prevention", "消防・防災"),
    "social_welfare": ("Social welfare", "社会福祉"),
    "medical_care": ("Medical care", "医療"),
    "health_hygiene": ("Health and hygiene", "保健衛生"),
    "education": ("Education", "教育"),
    "job_training": ("Job training", "職業訓練"),
    "cultural_property": ("Cultural property protection", "文化財保護"),
    "japanese_culture_education": ("Japanese cultural education", "日本文化教育"),
    "japanese_language_education": ("Japanese language education", "日本語教育"),
    "tourism": ("Tourism", "観光"),
    "law": ("Law", "法律"),
    "budget_finance": ("Budget/finance", "予算・財政"),
    "tax_collection": ("Tax/tax collection", "税・徴税"),
    "election_management": ("Election management", "選挙管理"),
    "general_administration": ("General administration", "一般行政"),
    "economy": ("Economy", "経済"),
    "multicultural_coexistence": ("Multicultural coexistence", "多文化共生"),
    "other": ("Other", "その他"),
}

LGOTP_ONLY_FIELDS: tuple[str, ...] = (
    "general_administration",
    "economy",
    "multicultural_coexistence",
)
FIELD_KEYS: tuple[str, ...] = tuple(FIELDS)  # a trainee's or a request's field
DISPATCH_FIELD_KEYS: tuple[str, ...] = tuple(k for k in FIELDS if k not in LGOTP_ONLY_FIELDS)


def field_label(key: str, lang: str = "en") -> str:
    """The field's label in ``lang`` (en or ja); the key itself when it is not a known field."""
    labels = FIELDS.get(key)
    if labels is None:
        return key
    return labels[1] if lang == "ja" else labels[0]
