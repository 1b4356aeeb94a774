"""Tables of the tests' own, to render directly: their headings are the tests' words (a
report's are the catalogue's)."""

from __future__ import annotations

from lgotp_cli.i18n import Words
from lgotp_cli.reports.table import Column


def column(column_id: str, en: str, ja: str, kind: str = "text", **options: bool) -> Column:
    """The column ``column_id``, headed ``en`` in English and ``ja`` in Japanese."""
    return Column(column_id, Words(en, ja), kind, **options)
