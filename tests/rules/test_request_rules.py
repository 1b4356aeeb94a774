"""R305 (one request per host and fiscal year), across host requests; the other R rules are at
their boundaries in tests/rules/test_boundaries.py.

Records are the valid request of ``rules/examples.py`` (EX-R: FY2025, host 232025, participate,
independent selection with sister_city Cebu City, Forms 1 and 2 on 2024-10-02) with an overlay.
"""

from __future__ import annotations

import pytest
from support.rules import TODAY, value_position

# --- R305: one request per host and fiscal year -----------------------------------------------


def test_r305_second_request_for_the_same_host_and_year(root):
    root.record("request")
    second = root.record("request", "id: EX-R2\n")
    found = root.validate(TODAY, select=["R305"])
    assert [(d.file, d.line, d.column, d.record) for d in found] == [
        (second, *value_position(second, "host", "code"), "EX-R2")
    ]
    assert "EX-R" in found[0].message
    assert "EX-R.yaml:1" in found[0].message
    assert found[0].severity == "error"


@pytest.mark.parametrize(
    "overlay",
    [
        "id: EX-R2\nfiscal_year: 2026\n",
        "id: EX-R2\nhost: {code: '130001'}\n",
    ],
)
def test_r305_quiet_for_another_year_or_host(root, overlay):
    root.record("request")
    root.record("request", overlay)
    assert root.validate(TODAY, select=["R305"]) == []
