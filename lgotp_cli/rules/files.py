"""L rules: problems of a file as a whole, found by the loader while it reads the file.

The loader (``source/``; ``config`` for lgotp.yaml) detects these as it reads, because a file
with any of them yields no trustworthy record, and the engine reports what it found under
these codes. So an L rule has no check function: it is declared here with its documentation
and examples. Giving the engine a file scope that called an L rule would only hand the loader's
problems back to it. A problem of a file belongs to no record, so no waiver can silence it.
"""

from __future__ import annotations

from lgotp_cli.rules.registry import declare_loader_rule

declare_loader_rule(
    "L001",
    "not valid YAML (or CSV): says where the parser stopped",
    fires="id: [LGOTP-1\n",
    quiet="id: LGOTP-1\n",
    doc="""
    The file cannot be parsed as YAML (or, for a ``.csv`` sheet, as CSV), or cannot be read
    at all.

    Why: Nothing in it can be trusted until it parses. The message names the line and column
    where the parser stopped, which is usually just after the mistake: an unclosed bracket or
    quote, a tab used for indentation, a value that starts with a reserved character, or a
    full-width colon or space typed where YAML needs an ASCII one.

    Fix: Correct the syntax at or just before the position given; ``lgotp validate --fix``
    corrects the full-width characters and tabs for you.
    """,
)

declare_loader_rule(
    "L002",
    "not UTF-8 (names Shift_JIS/CP932 when the bytes look like it)",
    doc="""
    The file is not UTF-8 text (a byte order mark at its start is accepted).

    Why: Records are UTF-8 so that every tool and every computer reads the same characters.
    Japanese Excel and Notepad often save Shift_JIS (CP932); the message says so when the
    bytes look like it.

    Fix: Save the file as UTF-8 (Excel: "CSV UTF-8 (comma delimited)"; Notepad: encoding
    "UTF-8").

    Example: A trainee whose ``name: {family: 佐藤}`` was saved by Excel as Shift_JIS fires;
    the same file saved as UTF-8 is quiet. The example is in words only: an example here is
    text, and this rule is about the bytes the text was saved as.
    """,
)

declare_loader_rule(
    "L003",
    "a key given twice in one mapping (both lines in the message)",
    fires="id: A\nid: B\n",
    quiet="id: A\n",
    doc="""
    The same key appears twice in one mapping, or the same column twice in a sheet's header.

    Why: YAML readers silently keep one of the two values; which one the author meant is a
    guess.

    Fix: Keep one of them; the message gives both lines.
    """,
)

declare_loader_rule(
    "L004",
    "a tag, an anchor or an alias",
    fires="id: !!str A\n",
    quiet="id: A\n",
    doc="""
    The file uses a YAML tag (``!!python/object``, ``!!str``), an anchor (``&a``) or an alias
    (``*a``).

    Why: Nothing is ever constructed from a tag, and alias expansion is an attack ("billion
    laughs"); records never need either.

    Fix: Remove the tag; write aliased values out in full.
    """,
)

declare_loader_rule(
    "L005",
    "empty file, more than one YAML document, or a document that is not a record or a list",
    fires="- just\n- a list\n",
    quiet="id: A\n",
    doc="""
    The file holds no record: it is empty, has several ``---`` documents, or its document is
    not a mapping (one record) or a list of mappings (several records).

    Why: Every file under ``trainees/``, ``dispatches/`` and ``requests/`` is read as records;
    a file that holds none is a mistake, and a second document would be ignored unseen.

    Fix: One record per file as ``key: value`` lines, or a list of records; split several
    documents into files of their own.
    """,
)

declare_loader_rule(
    "L006",
    "file larger than 5 MiB, or nested deeper than 20 levels",
    fires="a: " + "[" * 21 + "]" * 21 + "\n",
    quiet="a: [[1]]\n",
    doc="""
    The file is larger than 5 MiB or nests values deeper than 20 levels.

    Why: No record is that large or deep; such a file is a mistake or an attack, and reading
    it would cost time and memory for nothing.

    Fix: Split the file, or remove the nesting.
    """,
)

declare_loader_rule(
    "L007",
    "lgotp.yaml is invalid (exit 2: nothing else can be trusted)",
    doc="""
    ``lgotp.yaml`` does not parse or does not fit its model: an unknown key, rates that are
    not whole yen, a ratio outside 0–1, an unknown host code in ``non_grant_bodies``, a bad
    ``host_codes`` entry.

    Why: Every rule reads its limits from the configuration; with a broken one, no result can
    be trusted, so the command stops with exit 2 after this diagnostic.

    Fix: Correct ``lgotp.yaml`` at the position given; ``lgotp config`` shows the defaults.

    Example: ``allocation_tax: {2024: {municipality_ratio: 1.5}}`` in ``lgotp.yaml`` fires
    (a ratio above 1); ``municipality_ratio: 0.5`` is quiet. The example is in words only:
    this rule stops the command before any record is checked, and an example is a record.
    """,
)
