"""Romanised English names of local governments for English reports."""

from __future__ import annotations

import re

import pytest

from lgotp_cli.reference import codes
from lgotp_cli.reference.romaji import english_name, romanise


@pytest.mark.parametrize(
    ("kana", "romaji"),
    [
        # half-width, with the voiced mark joined by NFKC
        ("ｵｶｻﾞｷ", "okazaki"),
        ("ｻｯﾎﾟﾛ", "sapporo"),
        # full-width works too
        ("ヨコハマ", "yokohama"),
        # shi, chi, tsu, fu, ji (ジ and ヂ), zu (ズ and ヅ)
        ("シチツフ", "shichitsufu"),
        ("ジヂ", "jiji"),
        ("ズヅ", "zuzu"),
        ("ｵﾁﾞｬ", "oja"),
        # digraphs
        ("キャキュキョ", "kyakyukyo"),
        ("シャシュショ", "shashusho"),
        ("チャチュチョ", "chachucho"),
        ("ジャジュジョ", "jajujo"),
        ("ニャヒャミャリャ", "nyahyamyarya"),
        ("ギャビャピャ", "gyabyapya"),
        # sokuon doubles the next consonant, ッチ is tchi
        ("ﾖｯｶｲﾁ", "yokkaichi"),
        ("ｸｯﾁｬﾝ", "kutchan"),
        ("ｽｯﾂ", "suttsu"),
        ("ﾋﾟｯﾌﾟ", "pippu"),
        ("ｾｯﾂ", "settsu"),
        # ン is n, also before a vowel or y (no apostrophe)
        ("ｸﾞﾝﾏ", "gunma"),
        ("ﾃﾝｴｲ", "tenei"),
        ("ｶﾝｵﾝｼﾞ", "kanonji"),
        ("ﾅﾝﾖｳ", "nanyo"),
        # long vowels are shortened
        ("ﾄｳｷｮｳ", "tokyo"),
        ("ｵｵｻｶ", "osaka"),
        ("ﾋｮｳｺﾞ", "hyogo"),
        ("ｺｳﾁ", "kochi"),
        ("ｵｵｲﾀ", "oita"),
        ("ｷｭｳｼｭｳ", "kyushu"),
        ("ﾕｳﾊﾞﾘ", "yubari"),
        ("ﾁｭｳｵｳ", "chuo"),
        ("ｺｵﾘﾔﾏ", "koriyama"),
        # but only once per syllable, and never across other vowels
        ("ｵｵｳﾗ", "oura"),
        ("ｳﾜｼﾞﾏ", "uwajima"),
        ("ﾐｳﾗ", "miura"),
        ("ｲｲﾀﾞ", "iida"),
        ("ﾋﾞｴｲ", "biei"),
        ("ｼﾗｵｲ", "shiraoi"),
        ("ｵｱﾗｲ", "oarai"),
        # ー is dropped
        ("ﾗｰﾒﾝ", "ramen"),
        ("スーパー", "supa"),
    ],
)
def test_romanise(kana, romaji):
    assert romanise(kana) == romaji


def test_romanise_rejects_what_it_cannot_read():
    with pytest.raises(ValueError, match="cannot romanise"):
        romanise("ヴィ")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("232025", "Okazaki City"),
        ("141003", "Yokohama City"),
        ("011002", "Sapporo City"),
        ("130001", "Tokyo Metropolis"),
        ("010006", "Hokkaido"),
        ("230006", "Aichi Prefecture"),
        ("270008", "Osaka Prefecture"),
        ("260002", "Kyoto Prefecture"),
        ("131016", "Chiyoda City"),
        ("131237", "Edogawa City"),
        ("271004", "Osaka City"),
        ("401005", "Kitakyushu City"),
        ("202011", "Nagano City"),
        ("242021", "Yokkaichi City"),
        ("280003", "Hyogo Prefecture"),
        ("390003", "Kochi Prefecture"),
        ("440001", "Oita Prefecture"),
        ("401307", "Fukuoka City"),
        ("131024", "Chuo City"),
        # towns: 町 read チョウ and マチ (大町町 keeps the 町 of its name)
        ("013951", "Niseko Town"),
        ("014001", "Kutchan Town"),
        ("414239", "Omachi Town"),
        ("202126", "Omachi City"),
        # villages: 村 read ムラ and ソン
        ("073440", "Tenei Village"),
        ("473022", "Ogimi Village"),
        # readings MIC writes with a full-size ョ/ャ
        ("064289", "Shonai Town"),
        ("473260", "Chatan Town"),
        # long-vowel rule overridden where a word starts with a vowel
        ("122181", "Katsuura City"),
        ("332127", "Setouchi City"),
        ("282090", "Toyooka City"),
        ("352161", "Sanyo-Onoda City"),
        ("192082", "Minami-Alps City"),
    ],
)
def test_english_name(code, name):
    assert english_name(code) == name


def test_english_name_of_an_unlisted_code_is_none():
    assert english_name("999999") is None
    assert english_name("232026") is None  # Okazaki's code with a wrong check digit


_ENGLISH_NAME = re.compile(r"[A-Z][a-z]*(?:-[A-Z][a-z]*)* (?:City|Town|Village|Prefecture)")


def test_every_listed_code_has_an_english_name():
    listed = codes.all_codes()
    assert len(listed) == 1788
    odd = {
        code: name
        for code in listed
        if not (name := english_name(code))
        or not (_ENGLISH_NAME.fullmatch(name) or name in ("Tokyo Metropolis", "Hokkaido"))
    }
    assert odd == {}
