"""A record with schema findings is still checked by every rule of its kind that reads none of
its broken keys: each rule declares what it reads (``reads=``), and the declarations are right.
"""

from __future__ import annotations

import pytest
import yaml
from support.rules import TODAY

from lgotp_cli.config import load_config
from lgotp_cli.models.keys import keys_of
from lgotp_cli.models.partial import STAND_INS, partial_model
from lgotp_cli.models.record import KIND_MODELS, Finding
from lgotp_cli.rules import engine, registry
from lgotp_cli.rules.context import Context
from lgotp_cli.rules.examples import (
    BASE_RECORDS,
    EXAMPLE_TODAY,
    merge,
    read_fragment,
    write_example,
)
from lgotp_cli.rules.registry import KIND_SCOPES, FoundBy, Rule, Severity, all_rules, get_rule
from lgotp_cli.source.records import load_records

KIND_RULES = [rule for rule in all_rules() if rule.scope in KIND_SCOPES]
WITH_EXAMPLES = [rule for rule in KIND_RULES if rule.fires]


# --- what each rule reads -------------------------------------------------------------------------


@pytest.mark.parametrize("rule", KIND_RULES, ids=lambda r: r.code)
def test_every_kind_rule_reads_keys_of_its_kind(rule):
    assert rule.reads, f"{rule.code} declares no reads="
    assert set(rule.reads) <= set(keys_of(KIND_MODELS[rule.scope])), rule.code


def test_only_kind_rules_declare_reads():
    assert all(not rule.reads for rule in all_rules() if rule.scope not in KIND_SCOPES)


def test_a_kind_rule_that_declares_no_reads_is_refused():
    with pytest.raises(ValueError, match="reads="):
        registry.rule("T997", Severity.ERROR, "undeclared", scope="trainee")(lambda t, ctx: ())
    with pytest.raises(ValueError, match="only a rule of one record's kind"):
        registry.rule("X399", Severity.ERROR, "misplaced", scope="all", reads=("id",))(
            lambda records, ctx: ()
        )
    assert get_rule("T997") is None and get_rule("X399") is None


class Unread:
    """A value a check must not touch: any use of it fails."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __repr__(self) -> str:
        return f"<{self.key}: not in reads=>"

    def _touched(self, *args, **kwargs):
        raise AssertionError(f"the check used {self.key}, which its reads= does not name")

    def __getattr__(self, name):
        self._touched()

    __bool__ = __eq__ = __ne__ = __lt__ = __le__ = __gt__ = __ge__ = _touched
    __iter__ = __len__ = __contains__ = __getitem__ = __hash__ = _touched
    __str__ = __format__ = __int__ = __index__ = _touched


def _fires(rule, tmp_path):
    """The model of the rule's fires example, the Context it fires in, and what it finds."""
    write_example(tmp_path, rule.scope, rule.fires)
    (record,) = [r for r in load_records(tmp_path).records if r.kind == rule.scope]
    assert record.model is not None, f"{rule.code}'s fires example is not a valid record"
    ctx = Context(EXAMPLE_TODAY, load_config(tmp_path), tmp_path)
    return record.model, ctx


def _said(findings: list[Finding]) -> list[tuple]:
    return [(f.path, str(f.message), f.at_key, f.at_start, f.lesser) for f in findings]


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_a_check_touches_no_key_but_those_it_reads(rule, tmp_path):
    model, ctx = _fires(rule, tmp_path)
    expected = list(rule.check(model, ctx))
    assert expected, f"{rule.code}'s fires example does not fire"
    names = keys_of(type(model))
    values = {
        name: getattr(model, name) if key in rule.reads else Unread(key)
        for key, name in names.items()
    }
    fenced = type(model).model_construct(**values)
    assert _said(list(rule.check(fenced, ctx))) == _said(expected)


def _messages(root, code: str) -> list[tuple[str, str]]:
    result = engine.validate(root, load_config(root), EXAMPLE_TODAY, select=[code])
    return [(d.code, d.message) for d in result.diagnostics]


@pytest.mark.parametrize("how", ["broken", "removed"])
@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_a_rule_fires_with_every_key_it_does_not_read_broken(rule, how, tmp_path):
    path = write_example(tmp_path, rule.scope, rule.fires)
    expected = _messages(tmp_path, rule.code)
    assert expected
    data = merge(read_fragment(BASE_RECORDS[rule.scope]), read_fragment(rule.fires))
    others = [key for key in data if key not in (*rule.reads, "kind", "waivers")]
    for key in others:
        if how == "broken":
            data[key] = ["not", "the", "value"]
        else:
            del data[key]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (record,) = [r for r in load_records(tmp_path).records if r.path == path]
    assert record.model is None or how == "removed"
    assert _messages(tmp_path, rule.code) == expected


# --- the stand-ins ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KIND_MODELS))
def test_the_stand_ins_make_a_valid_record_of_every_required_key(kind):
    required = {
        key
        for key, name in keys_of(KIND_MODELS[kind]).items()
        if KIND_MODELS[kind].model_fields[name].is_required()
    }
    assert set(STAND_INS[kind]) == required
    KIND_MODELS[kind].model_validate(STAND_INS[kind])


# --- what a record with schema findings still gets ------------------------------------------------


def test_a_dispatch_without_its_employer_still_gets_d201(root):
    path = root.record(
        "dispatch",
        "specialist: {employer: null}\nperiod: {departure: 2024-07-01, return: 2024-12-20}\n",
    )
    found = root.validate(TODAY)
    assert {(d.code, d.record) for d in found} >= {("S101", "EX-D"), ("D201", "EX-D")}
    # D212 and D204 read the specialist, which is broken: they say nothing.
    assert not {d.code for d in found} & {"D204", "D212"}
    s101 = [d for d in found if d.code == "S101"]
    text = path.read_text(encoding="utf-8")
    assert [(d.line, d.column) for d in s101] == [(text.splitlines().index("specialist:") + 1, 1)]


def test_a_trainee_with_a_bad_host_code_still_gets_t101(root):
    root.record(
        "trainee",
        'host: {code: "23202"}\nperiod: {departure: 2024-10-19, specialized: null}\n',
    )
    codes = [d.code for d in root.validate(TODAY)]
    assert "S103" in codes and "T101" in codes
    assert not {"T114", "T115", "T119"} & set(codes)  # they read host


def test_a_broken_period_gets_no_finding_of_a_rule_that_reads_it(root):
    # The arrival is sound and the stay too short; fiscal_year disagrees with any stand-in.
    root.record(
        "trainee",
        "fiscal_year: 2019\nperiod: {departure: 2024-6-1, tokyo_orientation: null, jiam: null, "
        "specialized: null}\n",
    )
    codes = {d.code for d in root.validate(TODAY)}
    assert "S103" in codes
    assert not {code for code in codes if code.startswith("T")}


def test_waivers_of_a_record_with_schema_findings_still_apply(root):
    root.record(
        "dispatch",
        "specialist: {employer: null}\nperiod: {departure: 2024-07-01, return: 2024-12-20}\n"
        "waivers: [{rule: D201, reason: agreed with CLAIR, approved_by: CLAIR}]\n",
    )
    codes = root.codes(TODAY)
    assert "S101" in codes and "D201" not in codes
    assert "X306" not in codes  # stale waivers are only told for a record every rule saw


def test_broken_waivers_keep_back_the_rules_they_could_silence(root):
    root.record(
        "dispatch",
        "period: {departure: 2024-07-01, return: 2024-12-20}\nwaivers: [{rule: D201}]\n",
    )
    codes = root.codes(TODAY)
    assert "S101" in codes and "D201" not in codes


def test_a_record_of_another_kind_gets_no_rule_of_its_folder(root):
    root.record("trainee", "kind: dispatch\nperiod: {departure: 2024-06-01}\n")
    assert set(root.codes(TODAY)) == {"S104"}


def test_cross_record_rules_never_see_a_partial_model(root):
    root.record("trainee", 'host: {code: "23202"}\n')
    (record,) = load_records(root.path).records
    assert record.model is None and partial_model(record) is not None


def _with_rule(monkeypatch, extra: Rule) -> None:
    rules = all_rules()
    monkeypatch.setattr(engine, "all_rules", lambda: [*rules, extra])


def _spy(code: str, reads: tuple[str, ...], path: tuple, calls: list) -> Rule:
    def check(model, ctx):
        calls.append(model.id)
        yield Finding(path, f"{code} was run")

    return Rule(
        code, Severity.ERROR, "a test's rule", "trainee", FoundBy.CHECK, True, "", None,
        check, reads=reads,
    )  # fmt: skip


def test_a_rule_is_never_run_on_a_record_whose_keys_it_reads_are_broken(root, monkeypatch):
    calls: list = []
    _with_rule(monkeypatch, _spy("T998", ("period",), ("fiscal_year",), calls))
    root.record("trainee", "period: {arrival: 2024-5-27}\n")
    root.record("trainee", 'id: EX-T2\nhost: {code: "23202"}\n')
    found = [d for d in root.validate(TODAY) if d.code == "T998"]
    assert calls == ["EX-T2"] and [d.record for d in found] == ["EX-T2"]


def test_a_finding_about_a_broken_key_is_never_reported(root, monkeypatch):
    # A rule that (wrongly) declares fewer keys than it reads: its finding about the broken
    # key is still dropped.
    calls: list = []
    _with_rule(monkeypatch, _spy("T999", ("fiscal_year",), ("period", "arrival"), calls))
    root.record("trainee", "period: {arrival: 2024-5-27}\n")
    assert [d for d in root.validate(TODAY) if d.code == "T999"] == [] and calls == ["EX-T"]


BAD_VALUES = [[], {}, "x", ["x"], {"a": "b"}, [{"a": "b"}]]


@pytest.mark.parametrize("kind", sorted(BASE_RECORDS))
def test_any_broken_key_is_never_a_crash_nor_a_finding_of_a_rule_that_reads_it(root, kind):
    base = read_fragment(BASE_RECORDS[kind])
    config = load_config(root.path)
    for key in base:
        for bad in BAD_VALUES:
            path = root.record(kind)
            text = yaml.safe_dump({**base, key: bad}, allow_unicode=True, sort_keys=False)
            path.write_text(text, encoding="utf-8")
            found = engine.validate(root.path, config, TODAY).diagnostics
            if not any(d.code[0] == "S" for d in found):
                continue  # a value that fits the key ("x" is an id)
            for diagnostic in found:
                rule = get_rule(diagnostic.code)
                if rule.scope in KIND_SCOPES:
                    assert key not in rule.depends_on, (key, bad, diagnostic)
