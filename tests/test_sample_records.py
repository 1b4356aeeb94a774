"""The sample repository in records/: it validates clean, and every rule runs over all of it."""

from __future__ import annotations

from datetime import date

from support.paths import SAMPLE

from lgotp_cli.config import load_config
from lgotp_cli.diagnostics import Severity
from lgotp_cli.models.dispatch import Dispatch
from lgotp_cli.models.request import HostRequest
from lgotp_cli.models.trainee import Trainee
from lgotp_cli.months import fiscal_year
from lgotp_cli.rules.engine import validate
from lgotp_cli.source.records import load_records


def test_sample_validates_without_errors_and_warns_only_of_the_six_month_stay():
    result = validate(SAMPLE, load_config(SAMPLE), date(2026, 11, 23))
    problems = [d for d in result.diagnostics if d.severity is not Severity.INFO]
    assert [(d.record, d.code, d.severity) for d in problems] == [
        ("LGOTP-2025-005", "T106", Severity.WARNING)
    ]
    assert result.records >= 56
    waived = [r for r in load_records(SAMPLE).records if r.model and r.model.waivers]
    assert waived == []


def test_sample_holds_what_real_records_hold():
    """India, a retired specialist, LGOTP's own fields and hosts under their former codes."""
    config = load_config(SAMPLE)
    models = [r.model for r in load_records(SAMPLE).records]
    dispatches = [m for m in models if isinstance(m, Dispatch)]
    trainees = [m for m in models if isinstance(m, Trainee)]
    assert any(d.request and d.request.country == "IN" for d in dispatches)
    assert any(d.specialist.retired for d in dispatches)
    assert {"general_administration", "multicultural_coexistence"} <= {t.field for t in trainees}
    declared = {entry.code for entry in config.host_codes}
    assert declared <= {t.host.code for t in trainees}


def test_sample_has_what_the_issue_asks_for():
    records = load_records(SAMPLE).records
    models = [r.model for r in records]
    assert all(model is not None for model in models)
    trainees = [m for m in models if isinstance(m, Trainee)]
    years = {fiscal_year(t.period.arrival) for t in trainees}
    assert len(trainees) >= 30 and {1996, 2019, 2024} <= years
    assert {"withdrawn", "in_training"} <= {t.status for t in trainees}
    dispatches = [m for m in models if isinstance(m, Dispatch)]
    assert len(dispatches) >= 8 and all(d.report is not None for d in dispatches)
    assert len([m for m in models if isinstance(m, HostRequest)]) >= 6
    assert any(r.path.suffix == ".csv" for r in records)
    assert (SAMPLE / "lgotp.yaml").is_file()


def test_sample_records_break_when_damaged(tmp_path):
    """The corpus is really checked: a damaged copy of every trainee fires the expected rule."""
    import shutil

    copy = tmp_path / "records"
    shutil.copytree(SAMPLE, copy)
    for path in (copy / "trainees").rglob("*.yaml"):
        path.write_text(
            path.read_text(encoding="utf-8").replace("leadership:", "leadership_:"),
            encoding="utf-8",
        )
    result = validate(copy, load_config(copy), date(2026, 11, 23))
    flagged = {d.file.name for d in result.diagnostics if d.code == "S102"}
    assert flagged == {p.name for p in (copy / "trainees").rglob("*.yaml")}
