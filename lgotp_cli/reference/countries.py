"""ISO 3166-1 alpha-2 country codes and their names in English and Japanese (from pycountry)."""

from __future__ import annotations

from functools import cache

from lgotp_cli.i18n import is_japanese


@cache
def country_codes() -> frozenset[str]:
    """Every assigned ISO 3166-1 alpha-2 code."""
    import pycountry  # deferred: only needed once a record names a country

    return frozenset(country.alpha_2 for country in pycountry.countries)


def is_country(code: str) -> bool:
    """True when ``code`` is an assigned ISO 3166-1 alpha-2 code (upper case)."""
    return code in country_codes()


@cache
def _japanese():
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ja"], fallback=True)


# pycountry's Japanese names are the long official forms (ラオス人民民主共和国); Japanese
# government and CLAIR tables write these countries by their short names.
_JAPANESE_SHORT = {
    "LA": "ラオス",
    "KR": "韓国",
    "MN": "モンゴル",
    "BN": "ブルネイ",
    "TW": "台湾",
    "KP": "北朝鮮",
    "RU": "ロシア",
    "IR": "イラン",
    "SY": "シリア",
    "TZ": "タンザニア",
    "BO": "ボリビア",
    "VE": "ベネズエラ",
    "MD": "モルドバ",
}


def country_name(code: str, lang: str = "en") -> str:
    """The country's common name in ``lang`` (en or ja); the code itself when unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    if is_japanese(lang):
        return _JAPANESE_SHORT.get(code) or _japanese().gettext(country.name)
    return getattr(country, "common_name", None) or country.name
