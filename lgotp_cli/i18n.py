"""Words and numbers as people read them, in English or Japanese: labels, fiscal years in the
era (令和6年度), yen (¥2,850,000 / 2,850,000円), statuses and host types."""

from __future__ import annotations

from datetime import date

LANGS = ("en", "ja")

# The first fiscal year of each era that LGOTP's history reaches (FY2019 = 令和元年度: the
# fiscal year that began in April 2019 is named after the era that began in May).
_ERAS = ((2019, "令和"), (1989, "平成"), (1926, "昭和"))

STATUS = {
    "planned": ("Planned", "予定"),
    "in_training": ("In training", "研修中"),
    "completed": ("Completed", "修了"),
    "withdrawn": ("Withdrawn", "中途帰国"),
    "dispatched": ("Dispatched", "派遣中"),
    "cancelled": ("Cancelled", "中止"),
}
DISPATCH_STATUS = {
    "planned": ("Planned", "予定"),
    "dispatched": ("Dispatched", "派遣中"),
    "completed": ("Completed", "派遣終了"),
    "cancelled": ("Cancelled", "中止"),
}
HOST_TYPE = {
    "prefecture": ("Prefecture", "都道府県"),
    "designated_city": ("Designated city", "政令指定都市"),
    "municipality": ("Municipality", "市区町村"),
}
INTENTION = {  # a host request's Form 1
    "participate": ("Participate", "参加"),
    "considering": ("Considering", "参加検討"),
    "method_undecided": ("Method undecided", "選考方法未定"),
    "not_participating": ("Not participating", "不参加"),
}
RETIRED = ("retired", "退職")  # a retired specialist, after the former employer's name
TAX_KIND = {
    "ordinary": ("Ordinary allocation tax", "普通交付税"),
    "special": ("Special allocation tax", "特別交付税"),
    "none": ("None (non-grant body)", "なし（不交付団体）"),
}


def pick(pair: tuple[str, str], lang: str) -> str:
    """The Japanese or the English of an (English, Japanese) pair."""
    return pair[1] if lang == "ja" else pair[0]


def fiscal_year_label(year: int, lang: str) -> str:
    """``FY2024`` or ``令和6年度`` (``令和元年度`` for 2019, ``平成8年度`` for 1996)."""
    if lang != "ja":
        return f"FY{year}"
    for first, era in _ERAS:
        if year >= first:
            number = year - first + 1
            return f"{era}{'元' if number == 1 else number}年度"
    return f"{year}年度"


def yen(amount: int, lang: str) -> str:
    """``¥2,850,000`` or ``2,850,000円`` (``-¥713,000`` / ``-713,000円`` below zero)."""
    if lang == "ja":
        return f"{amount:,}円"
    return f"-¥{-amount:,}" if amount < 0 else f"¥{amount:,}"


def day(value: date, lang: str) -> str:
    """Dates stay ISO in both languages: unambiguous, and sortable in a spreadsheet."""
    return value.isoformat()


def status_label(status: str, lang: str) -> str:
    """A record status as people say it."""
    return pick(STATUS[status], lang) if status in STATUS else status


def dispatch_status_label(status: str, lang: str) -> str:
    """A dispatch's status as people say it (a completed dispatch is 派遣終了, not 修了)."""
    return pick(DISPATCH_STATUS[status], lang) if status in DISPATCH_STATUS else status


def host_type_label(host_type: str, lang: str) -> str:
    """prefecture / designated_city / municipality, as people say it."""
    return pick(HOST_TYPE[host_type], lang) if host_type in HOST_TYPE else host_type


def tax_kind_label(kind: str, lang: str) -> str:
    """ordinary / special / none, as people say it."""
    return pick(TAX_KIND[kind], lang) if kind in TAX_KIND else kind


def intention_label(intention: str, lang: str) -> str:
    """A host request's intention (Form 1), as people say it."""
    return pick(INTENTION[intention], lang) if intention in INTENTION else intention
