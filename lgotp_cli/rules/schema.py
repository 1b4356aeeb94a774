"""S rules: a record against its kind's model.

``models.record`` checks each record against its kind's model and gives each finding one of
these codes; the engine reports them. So an S rule has no check function: it is declared here
with its documentation and examples. No waiver can silence one: a record has to fit its model
before anything else about it, its waivers included, can be trusted.
"""

from __future__ import annotations

from lgotp_cli.rules.registry import declare_schema_rule

declare_schema_rule(
    "S101",
    "a required key is missing",
    fires="nationality: null\n",
    quiet="nationality: PH\n",
    doc="""
    A key the record's kind requires is missing, or given with no value. A missing key is not
    in the file: the position is the key that would hold it (``specialist:`` for
    ``specialist.employer``), or the record's first line for a key of the record itself. A key
    present but empty is reported at the key. Keys a rule of its own reports (T112 ``leadership``, T113, T117, D204
    ``database_id``, D206 ``request``, R302 ``conditions``) are not reported here.

    Why: The rules of the record's kind, the reports and the returns need the key; a record
    without it is left out of them.

    Fix: Add the key; ``lgotp schema KIND`` lists every key.
    """,
)

declare_schema_rule(
    "S102",
    "an unknown key (suggests the closest known key)",
    fires="period: {arival: 2024-05-27}\n",
    quiet="period: {arrival: 2024-05-27}\n",
    doc="""
    A key the record's kind does not have, usually a typo (``arival`` for ``arrival``). In a
    CSV sheet it is reported on the header cell.

    Why: A misspelt key silently loses the value it holds.

    Fix: Use the key the message suggests, or remove the key.
    """,
)

declare_schema_rule(
    "S103",
    "a value of the wrong type or form (date, money, country, code, enum …)",
    fires="languages: {english: yes}\n",
    quiet="languages: {english: B2}\n",
    doc="""
    A value is not of its key's form: a date not written ``YYYY-MM-DD`` or that does not
    exist (``2025-02-29``), money that is not whole yen (``¥1,200,000``), a country that is not
    ISO 3166-1 alpha-2, a code that is not six digits, a word not in the key's list.

    Why: Values are read from the text as written, never guessed: ``NO`` is Norway,
    ``011002`` keeps its zero, ``yes`` is not a CEFR level. A value that is not of its form
    would be read wrongly by every report.

    Fix: Write the value in the form the message gives; ``lgotp validate --fix`` corrects
    full-width digits and ``2025/5/26`` or era dates.
    """,
)

declare_schema_rule(
    "S104",
    "`kind:` disagrees with the record's folder",
    fires="kind: dispatch\n",
    quiet="kind: trainee\n",
    doc="""
    The record says ``kind: dispatch`` (say) but lies under ``trainees/``.

    Why: The folder decides the kind; a record in the wrong folder is checked against the wrong
    model.

    Fix: Move the file to the folder of its kind, or correct ``kind``.
    """,
)
