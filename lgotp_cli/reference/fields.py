"""The 32 fields of the dispatch programme (LGOTP trainees use the same keys), with labels.

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
    "other": ("Other", "その他"),
}

FIELD_KEYS: tuple[str, ...] = tuple(FIELDS)


def field_label(key: str, lang: str = "en") -> str:
    """The field's label in ``lang`` (en or ja); the key itself when it is not a known field."""
    labels = FIELDS.get(key)
    if labels is None:
        return key
    return labels[1] if lang == "ja" else labels[0]
