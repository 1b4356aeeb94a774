"""Romanised (modified Hepburn, no macrons) English names of listed local governments.

English reports name hosts as "Okazaki City", not 岡崎市: the kana reading in MIC's list is
romanised and the suffix (市, 町, 村, 区, 県, 府, 都, 道) is replaced by its English word.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from lgotp_cli.reference.codes import lookup

# One kana, one syllable.
_MONOGRAPHS = {
    **dict(zip("アイウエオ", ("a", "i", "u", "e", "o"), strict=True)),
    **dict(zip("カキクケコ", ("ka", "ki", "ku", "ke", "ko"), strict=True)),
    **dict(zip("ガギグゲゴ", ("ga", "gi", "gu", "ge", "go"), strict=True)),
    **dict(zip("サシスセソ", ("sa", "shi", "su", "se", "so"), strict=True)),
    **dict(zip("ザジズゼゾ", ("za", "ji", "zu", "ze", "zo"), strict=True)),
    **dict(zip("タチツテト", ("ta", "chi", "tsu", "te", "to"), strict=True)),
    **dict(zip("ダヂヅデド", ("da", "ji", "zu", "de", "do"), strict=True)),
    **dict(zip("ナニヌネノ", ("na", "ni", "nu", "ne", "no"), strict=True)),
    **dict(zip("ハヒフヘホ", ("ha", "hi", "fu", "he", "ho"), strict=True)),
    **dict(zip("バビブベボ", ("ba", "bi", "bu", "be", "bo"), strict=True)),
    **dict(zip("パピプペポ", ("pa", "pi", "pu", "pe", "po"), strict=True)),
    **dict(zip("マミムメモ", ("ma", "mi", "mu", "me", "mo"), strict=True)),
    **dict(zip("ヤユヨ", ("ya", "yu", "yo"), strict=True)),
    **dict(zip("ラリルレロ", ("ra", "ri", "ru", "re", "ro"), strict=True)),
    **dict(zip("ワヰヱヲ", ("wa", "i", "e", "o"), strict=True)),
    "ン": "n",
}

# An i-row kana and a small ャ/ュ/ョ: キャ kya, シャ sha, チャ cha, ジャ ja, ヂャ ja.
_DIGRAPH_STEMS = {
    "キ": "ky",
    "ギ": "gy",
    "シ": "sh",
    "ジ": "j",
    "チ": "ch",
    "ヂ": "j",
    "ニ": "ny",
    "ヒ": "hy",
    "ビ": "by",
    "ピ": "py",
    "ミ": "my",
    "リ": "ry",
}
_DIGRAPHS = {
    kana + small: stem + vowel
    for kana, stem in _DIGRAPH_STEMS.items()
    for small, vowel in (("ャ", "a"), ("ュ", "u"), ("ョ", "o"))
}

_SOKUON = "ッ"
_LONG_VOWEL_MARK = "ー"
# A bare ウ or オ after a syllable ending in these vowels lengthens it: コウ ko, オオ o, ユウ yu.
_LENGTHENS = {"u": ("o", "u"), "o": ("o",)}

# The suffix of each kind of local government: its English word and the readings MIC gives it.
_SUFFIXES = {
    "市": ("City", ("シ",)),
    "町": ("Town", ("マチ", "チョウ")),
    "村": ("Village", ("ムラ", "ソン")),
    "区": ("City", ("ク",)),  # Tokyo's special wards style themselves "Chiyoda City"
    "県": ("Prefecture", ("ケン",)),
    "府": ("Prefecture", ("フ",)),
    "都": ("Metropolis", ("ト",)),
}
_WHOLE_NAMES = {"北海道": "Hokkaido"}

# Readings that MIC's list writes with a full-size ャ/ュ/ョ where the name has a small one.
_READING_FIXES = {
    "シヨウナイ": "ショウナイ",  # 庄内町 Shonai
    "ナカノジヨウ": "ナカノジョウ",  # 中之条町 Nakanojo
    "ギヨウダ": "ギョウダ",  # 行田市 Gyoda
    "ホンジヨウ": "ホンジョウ",  # 本庄市 Honjo
    "ハニユウ": "ハニュウ",  # 羽生市 Hanyu
    "クジユウクリ": "クジュウクリ",  # 九十九里町 Kujukuri
    "オンジユク": "オンジュク",  # 御宿町 Onjuku
    "キヨナン": "キョナン",  # 鋸南町 Kyonan
    "リユウオウ": "リュウオウ",  # 竜王町 Ryuo
    "シジヨウナワテ": "シジョウナワテ",  # 四條畷市 Shijonawate
    "コウリヨウ": "コウリョウ",  # 広陵町 Koryo
    "ソウジヤ": "ソウジャ",  # 総社市 Soja
    "シンジヨウ": "シンジョウ",  # 新庄村 Shinjo
    "チヤタン": "チャタン",  # 北谷町 Chatan
}

# Names the long-vowel rule gets wrong (a vowel that starts the next word, as in 勝浦
# katsu-ura) or that are written otherwise by the places themselves.
_SPELLINGS = {
    "カツウラ": "katsuura",
    "ナチカツウラ": "nachikatsuura",
    "マツウラ": "matsuura",
    "コトウラ": "kotoura",
    "トヨウラ": "toyoura",
    "ヤマノウチ": "yamanouchi",
    "ワノウチ": "wanouchi",
    "タキノウエ": "takinoue",
    "セトウチ": "setouchi",
    "トヨオカ": "toyooka",
    "ヒロオ": "hiroo",
    "ニシノオモテ": "nishinoomote",
    "ソオ": "soo",
    "コオリ": "koori",
    "ミノオ": "minoh",
    "サンヨウオノダ": "sanyo-onoda",
    "スオウオオシマ": "suo-oshima",
    "ブンゴオオノ": "bungo-ono",
    "ミナミアルプス": "minami-alps",
}


def _syllables(kana: str) -> list[str]:
    """Split full-width katakana into romanised syllables, sokuon and ー still marked."""
    syllables = []
    i = 0
    while i < len(kana):
        if kana[i : i + 2] in _DIGRAPHS:
            syllables.append(_DIGRAPHS[kana[i : i + 2]])
            i += 2
        elif kana[i] in _MONOGRAPHS or kana[i] in (_SOKUON, _LONG_VOWEL_MARK):
            syllables.append(_MONOGRAPHS.get(kana[i], kana[i]))
            i += 1
        else:
            raise ValueError(f"cannot romanise {kana[i]!r} in {kana!r}")
    return syllables


def romanise(kana: str) -> str:
    """Katakana (half- or full-width) in modified Hepburn without macrons, lower case.

    Long vowels are shortened the way place names are written (トウキョウ tokyo, オオサカ
    osaka, キュウシュウ kyushu): a bare ウ after an o or u syllable, or オ after an o syllable,
    is dropped, but only once per syllable (オオウラ oura). ッ doubles the next consonant
    (ッチ tchi), ン is n and ー is dropped.
    """
    syllables = _syllables(unicodedata.normalize("NFKC", kana))
    out: list[str] = []
    lengthened = False  # the last syllable in ``out`` has already absorbed a long vowel
    doubling = False
    for syllable in syllables:
        if syllable == _LONG_VOWEL_MARK:
            continue
        if syllable == _SOKUON:
            doubling = True
            continue
        if out and not lengthened and out[-1][-1] in _LENGTHENS.get(syllable, ()):
            lengthened = True
            doubling = False
            continue
        if doubling and syllable[0] not in "aeiou":
            syllable = ("t" if syllable.startswith("ch") else syllable[0]) + syllable
        out.append(syllable)
        lengthened = doubling = False
    return "".join(out)


def _capitalised(name: str) -> str:
    """First letter of each word (and of each part of a hyphenated word) in upper case."""
    return " ".join(
        "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        for word in name.split(" ")
    )


def _stem(name: str, kana: str) -> tuple[str, str]:
    """The romanised name without its suffix, and the suffix's English word."""
    word, readings = _SUFFIXES[name[-1]]
    kana = unicodedata.normalize("NFKC", kana)
    reading = next((r for r in readings if kana.endswith(r) and len(kana) > len(r)), None)
    if reading is None:
        raise ValueError(f"the reading {kana!r} of {name} does not end in that of {name[-1]}")
    stem = kana[: -len(reading)]
    stem = _READING_FIXES.get(stem, stem)
    return _SPELLINGS.get(stem) or romanise(stem), word


@cache
def english_name(code: str) -> str | None:
    """The English name of the local government ``code`` names ("Okazaki City"), or None.

    None when the code is not in MIC's list.
    """
    government = lookup(code)
    if government is None:
        return None
    if government.city:
        name, kana = government.city, government.city_kana
    else:
        name, kana = government.prefecture, government.prefecture_kana
    if name in _WHOLE_NAMES:
        return _WHOLE_NAMES[name]
    stem, word = _stem(name, kana)
    return f"{_capitalised(stem)} {word}"
