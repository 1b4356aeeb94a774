"""A trainee of LGOTP (協力交流研修員): an overseas local government employee hosted in Japan."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from lgotp_cli.models.types import (
    CEFR,
    Country,
    Date,
    FieldKey,
    Host,
    Id,
    JapaneseLevel,
    Money,
    Name,
    Part,
    Phase,
    Text,
    Waiver,
    Year,
)

TraineeStatus = Literal["planned", "in_training", "completed", "withdrawn"]


class Employer(Part):
    name: Text = Field(description="The trainee's overseas local government / 所属団体")
    country: Country = Field(description="Its country / 国")
    type: Literal["local_government", "local_government_agency", "other"] = Field(
        description="local_government | local_government_agency | other / 団体の種別"
    )
    position: Text | None = Field(None, description="Position / 役職")


class Languages(Part):
    english: CEFR | None = Field(None, description="Spoken English on CEFR (A1..C2) / 英語")
    japanese: JapaneseLevel | None = Field(
        None, description="Spoken Japanese on JLPT (N5..N1) or CEFR / 日本語"
    )


class Selection(Part):
    method: Literal["clair", "independent"] = Field(
        description="clair (クレア斡旋選考) | independent (独自選考)"
    )
    relationship: Literal["sister_city", "friendship", "other"] | None = Field(
        None, description="Tie behind an independent selection / 姉妹・友好関係"
    )
    partner: Text | None = Field(None, description="The overseas government of the tie / 相手団体")


class TraineePeriod(Part):
    arrival: Date = Field(description="Arrival in Japan / 来日日")
    departure: Date = Field(description="Departure from Japan / 離日日")
    tokyo_orientation: Phase | None = Field(None, description="Tokyo orientation / 東京研修")
    jiam: Phase | None = Field(None, description="Japanese at JIAM / JIAM研修")
    specialized: Phase | None = Field(None, description="Specialised training / 専門研修")


class TraineeCosts(Part):
    airfare: Money = Field(description="Round-trip airfare / 往復渡航費")
    accommodation: Money = Field(description="Accommodation / 宿泊費")
    living_allowance: Money = Field(description="Living allowance / 生活補助")
    training: Money = Field(description="Training / 研修費")
    domestic_travel: Money = Field(description="Domestic travel / 国内移動費")
    other: Money = Field(description="Other / その他")


COST_ITEMS: tuple[str, ...] = tuple(TraineeCosts.model_fields)  # in the model's order


class Withdrawal(Part):
    date: Date | None = Field(None, description="Date of withdrawal / 中途帰国日")
    reason: Text | None = Field(None, description="Reason / 理由")


class Trainee(Part):
    """An LGOTP trainee record (``trainees/``)."""

    id: Id = Field(description="Record id, unique across all records / 記録ID")
    kind: Literal["trainee"] | None = None
    fiscal_year: Year | None = Field(None, description="Fiscal year of arrival / 年度")
    status: TraineeStatus = Field(description="planned | in_training | completed | withdrawn")
    name: Name
    nationality: Country = Field(description="Nationality / 国籍")
    employer: Employer
    languages: Languages
    leadership: str | None = Field(
        None, description="Why this person can become a leader in the field / 指導者資質"
    )
    selection: Selection
    host: Host
    field: FieldKey = Field(description="Training field / 研修分野")
    period: TraineePeriod
    costs: TraineeCosts | None = Field(None, description="Yen borne by the host / 受入団体負担経費")
    withdrawal: Withdrawal | None = None
    report: Text | None = Field(None, description="Training report file / 研修報告書")
    notes: str | None = None
    waivers: list[Waiver] | None = None
