"""Records as a pandas DataFrame, for analysts working in notebooks.

    >>> from lgotp_cli.analysis import records_frame
    >>> trainees = records_frame("records", "trainee")
    >>> trainees.groupby("nationality")["costs.airfare"].sum()

A row per readable record of one kind, a column per dotted key in the model's order (the layout
of `lgotp export --format csv`), each column typed from the model: dates as ``datetime64``,
amounts, counts and years as nullable ``Int64``, codes, ids and text as ``string`` (leading
zeros kept), the model's choices (status, field, country …) as ``category`` with the allowed
values as categories, flags as ``boolean``, lists of plain values as lists. ``file`` says where
each record came from. Records that cannot be read are left out (``lgotp validate`` says why).

The commands do not use it: pandas takes longer to import than their own aggregation takes to
run, so it is imported only here, when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lgotp_cli.models.keys import leaf_of, ordered
from lgotp_cli.models.record import KIND_MODELS, Record

if TYPE_CHECKING:
    import pandas

_DTYPES = {"int": "Int64", "code": "string", "text": "string", "flag": "boolean"}


def records_frame(records: Iterable[Record] | Path | str, kind: str) -> pandas.DataFrame:
    """The readable records of ``kind`` (trainee, dispatch or request) as a typed DataFrame;
    ``records`` is a records root or records already read."""
    import pandas as pd

    if kind not in KIND_MODELS:
        raise ValueError(
            f"there is no record kind '{kind}'; the kinds are {', '.join(KIND_MODELS)}"
        )
    if isinstance(records, str | Path):
        from lgotp_cli.source.records import load_records

        records = load_records(Path(records)).records
    rows = [
        {"file": str(record.path), **_flat(record.model.model_dump(by_alias=True))}
        for record in records
        if record.kind == kind and record.model is not None
    ]
    keys = ordered({key for row in rows for key in row if key != "file"}, [kind])
    frame = pd.DataFrame(rows, columns=["file", *keys])
    frame["file"] = frame["file"].astype("string")
    for key in keys:
        frame[key] = _typed(frame[key], kind, key, pd)
    return frame


def _flat(data: dict, prefix: str = "") -> dict[str, Any]:
    """Values under dotted keys, as typed as the model made them; a list of mappings takes
    numbered keys (``waivers.0.rule``), a list of plain values stays a list."""
    flat: dict[str, Any] = {}
    for key, value in data.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flat(value, dotted + "."))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            for index, item in enumerate(value):
                flat.update(_flat(item, f"{dotted}.{index}."))
        elif value is not None:
            flat[dotted] = value
    return flat


def _typed(column: pandas.Series, kind: str, key: str, pd) -> pandas.Series:
    leaf = leaf_of(kind, key)
    if leaf is None or leaf.form == "list":
        return column
    if leaf.form == "date":
        return pd.to_datetime(column)
    if leaf.choices and leaf.form != "list":
        return column.astype(pd.CategoricalDtype(categories=list(leaf.choices)))
    return column.astype(_DTYPES.get(leaf.form, "object"))
