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


# Names people write that are neither pycountry's nor its Japanese translation's.
_ALSO_CALLED = {
    "アメリカ": "US",
    "アメリカ合衆国": "US",
    "イギリス": "GB",
    "大韓民国": "KR",
    "中華人民共和国": "CN",
    "ヴェトナム": "VN",
    "東チモール": "TL",
}


def _key(text: str) -> str:
    """A name as compared: full-width letters as ASCII, no case, no spaces or punctuation."""
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@cache
def _names() -> dict[str, str]:
    """Every way of naming a country lgotp understands, compared by ``_key``, to its code:
    the alpha-2 and alpha-3 codes, the English names (short, common, official) and the
    Japanese ones."""
    import pycountry

    japanese = _japanese()
    names: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        written = [country.alpha_3, country.name, country_name(code, "ja")]
        for attribute in ("common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                written += [value, japanese.gettext(value)]
        written.append(japanese.gettext(country.name))
        for name in written:
            names.setdefault(_key(name), code)
    for name, code in _ALSO_CALLED.items():
        names.setdefault(_key(name), code)
    for code in country_codes():  # a code is always itself, whatever a name folds to
        names[_key(code)] = code
    return names


def country_code_of(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code ``text`` names: a code in any case (BR, br, BRA) or a name
    in English or Japanese (Brazil, ブラジル); None when it names no country."""
    key = _key(text)
    return _names().get(key) if key else None


def countries_like(text: str, lang: str = "en") -> list[str]:
    """Up to three countries whose names are close to ``text``, as ``Brazil (BR)``."""
    import difflib

    names = _names()
    close = difflib.get_close_matches(_key(text), list(names), n=8, cutoff=0.75)
    codes = list(dict.fromkeys(names[name] for name in close))[:3]
    return [f"{country_name(code, lang)} ({code})" for code in codes]
