"""S rules: a record against its kind's model (found by ``models.record``, reported here)."""

from __future__ import annotations

from collections.abc import Iterator

from lgotp_cli.models.record import Finding, Record
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.registry import Severity, rule


def _of(record: Record, code: str) -> Iterator[Finding]:
    return (finding for finding in record.schema_findings if finding.code == code)


@rule(
    "S101",
    Severity.ERROR,
    "a required key is missing",
    scope="record",
    fires="nationality: null\n",
    quiet="nationality: PH\n",
)
def missing_key(record: Record, ctx: Context) -> Iterator[Finding]:
    """A key the record's kind requires is missing (or given with no value).

    The position is the record's first line (the key is not in the file), or the key itself
    when it is present but empty. Keys a rule of its own reports (T112 ``leadership``, T113,
    T117, D204 ``database_id``, D206 ``request``, R302 ``conditions``) are not reported here.
    Fix: add the key; ``lgotp schema KIND`` lists every key.
    """
    return _of(record, "S101")


@rule(
    "S102",
    Severity.ERROR,
    "an unknown key (suggests the closest known key)",
    scope="record",
    fires="period: {arival: 2024-05-27}\n",
    quiet="period: {arrival: 2024-05-27}\n",
)
def unknown_key(record: Record, ctx: Context) -> Iterator[Finding]:
    """A key the record's kind does not have, usually a typo (``arival`` for ``arrival``).

    Why: a misspelt key silently loses the value it holds.
    Fix: use the key the message suggests. In a CSV sheet this is reported on the header cell.
    """
    return _of(record, "S102")


@rule(
    "S103",
    Severity.ERROR,
    "a value of the wrong type or form (date, money, country, code, enum …)",
    scope="record",
    fires="languages: {english: yes}\n",
    quiet="languages: {english: B2}\n",
)
def wrong_type(record: Record, ctx: Context) -> Iterator[Finding]:
    """A value is not of its key's form: a date not written ``YYYY-MM-DD`` or that does not
    exist (``2025-02-29``), money that is not whole yen (``¥1,200,000``), a country that is not
    ISO 3166-1 alpha-2, a code that is not six digits, a word not in the key's list.

    Values are read from the text as written, never guessed by YAML: ``NO`` is Norway,
    ``011002`` keeps its zero, ``yes`` is not a CEFR level.
    Fix: write the value in the form the message gives.
    """
    return _of(record, "S103")


@rule(
    "S104",
    Severity.ERROR,
    "`kind:` disagrees with the record's folder",
    scope="record",
    fires="kind: dispatch\n",
    quiet="kind: trainee\n",
)
def kind_mismatch(record: Record, ctx: Context) -> Iterator[Finding]:
    """The record says ``kind: dispatch`` (say) but lies under ``trainees/``.

    Why: the folder decides the kind; a record in the wrong folder is checked against the wrong
    model. Fix: move the file, or correct ``kind``.
    """
    return _of(record, "S104")
