"""records_frame: the records as a typed pandas DataFrame, for analysts."""

from __future__ import annotations

import pandas as pd
import pytest
from support.paths import SAMPLE

from lgotp_cli.analysis import records_frame
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.source.records import load_records


@pytest.fixture(scope="module")
def trainees() -> pd.DataFrame:
    return records_frame(SAMPLE, "trainee")


def test_a_row_per_readable_trainee_in_the_models_order(trainees):
    models = [r.model for r in load_records(SAMPLE).records if isinstance(r.model, Trainee)]
    assert sorted(trainees["id"]) == sorted(m.id for m in models)
    columns = list(trainees.columns)
    assert columns[:3] == ["file", "id", "fiscal_year"]
    assert columns.index("period.arrival") < columns.index("costs.airfare")


def test_columns_are_typed_from_the_model(trainees):
    types = pd.api.types
    assert types.is_datetime64_any_dtype(trainees["period.arrival"])
    assert str(trainees["costs.airfare"].dtype) == "Int64"
    assert types.is_string_dtype(trainees["host.code"])
    assert trainees["host.code"].str.len().eq(6).all()
    status = trainees["status"].dtype
    assert isinstance(status, pd.CategoricalDtype)
    assert list(status.categories) == ["planned", "in_training", "completed", "withdrawn"]
    field = trainees["field"].dtype
    assert "general_administration" in list(field.categories)


def test_amounts_add_up_as_the_models_do(trainees):
    models = [r.model for r in load_records(SAMPLE).records if isinstance(r.model, Trainee)]
    expected = sum(m.costs.airfare for m in models if m.costs is not None)
    assert int(trainees["costs.airfare"].sum()) == expected


def test_dispatches_keep_flags_and_lists():
    dispatches = records_frame(SAMPLE, "dispatch")
    assert str(dispatches["specialist.retired"].dtype) == "boolean"
    assert dispatches["specialist.retired"].fillna(False).sum() == 1
    provided = dispatches["costs.host_provides"].dropna()
    assert all(isinstance(items, list) for items in provided)


def test_an_unknown_kind_is_refused():
    with pytest.raises(ValueError, match="no record kind 'trainees'"):
        records_frame(SAMPLE, "trainees")
