"""MIC's code list shipped in the package: check digits, names and host types."""

from __future__ import annotations

from lgotp_cli.reference import codes
from lgotp_cli.reference.codes import HostType


def test_every_listed_code_has_a_valid_check_digit():
    listed = codes.all_codes()
    assert len(listed) == 1788
    assert all(codes.has_valid_check_digit(code) for code in listed)


def test_known_codes():
    assert codes.lookup("130001").name == "東京都"
    assert codes.lookup("141003").name == "横浜市"
    assert codes.lookup("232025").full_name == "愛知県岡崎市"
    assert codes.lookup("999999") is None


def test_check_digit_is_suggested():
    message = codes.describe_code_problem("232026")
    assert "232025" in message and "岡崎市" in message
    assert codes.describe_code_problem("232025") is None


def test_host_types():
    assert codes.host_type("230006", 2024) is HostType.PREFECTURE
    assert codes.host_type("130001", 2024) is HostType.PREFECTURE
    assert codes.host_type("141003", 1996) is HostType.DESIGNATED_CITY
    assert codes.host_type("232025", 2024) is HostType.MUNICIPALITY
    assert codes.host_type("131016", 2024) is HostType.MUNICIPALITY  # Chiyoda, a special ward
    # Hamamatsu was designated on 2007-04-01.
    assert codes.host_type("221309", 2006) is HostType.MUNICIPALITY
    assert codes.host_type("221309", 2007) is HostType.DESIGNATED_CITY
    designated = [c for c in codes.all_codes() if codes.host_type(c) is HostType.DESIGNATED_CITY]
    assert len(designated) == 20
