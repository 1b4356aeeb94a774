"""A specialist dispatch (自治体国際協力専門家派遣): a Japanese expert sent abroad on request."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from lgotp_cli.models.types import (
    Code,
    Country,
    Date,
    DispatchFieldKey,
    Flag,
    Id,
    Money,
    Name,
    Part,
    Text,
    Waiver,
    Year,
    list_of,
)

DispatchStatus = Literal["planned", "dispatched", "completed", "cancelled"]
HostItem = Literal[
    "local_travel", "living", "commuting", "meals", "transport", "communication", "interpreting"
]
HOST_ITEMS: tuple[str, ...] = HostItem.__args__


class SpecialistEmployer(Part):
    code: Code = Field(description="The specialist's local government / 所属団体コード")
    division: Text | None = Field(None, description="Division / 所属課")


class Specialist(Part):
    # For editors: what the models' check (``models.record``) says about retired specialists.
    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"retired": {"const": True}}, "required": ["retired"]},
            "then": {"not": {"required": ["arrangement"]}},
            "else": {"required": ["employer", "arrangement"]},
        }
    )

    name: Name
    # Required for a serving specialist; a retired one's is the former employer, optional.
    employer: SpecialistEmployer | None = Field(
        None, description="The local government (a retired specialist's former one) / 所属団体"
    )
    position: Text | None = Field(None, description="Position / 役職")
    database_id: str | None = Field(
        None, description="International Cooperation Database registration / データベース登録番号"
    )
    retired: Flag | None = Field(
        None, description="A former local-government employee (退職した職員): true / 退職者"
    )
    # Required for a serving specialist; does not apply to a retired one.
    arrangement: Literal["business_trip", "temporary_staffing"] | None = Field(
        None, description="business_trip | temporary_staffing (派遣形態); not for a retired one"
    )


class Request(Part):
    date: Date = Field(description="Date of the request / 要請日")
    local_government: Text = Field(description="Requesting local government / 要請団体")
    country: Country = Field(description="Destination country / 派遣先国")
    purpose: Text = Field(description="Purpose / 目的")


class DispatchPeriod(Part):
    departure: Date = Field(description="Leaves Japan / 出国日")
    return_: Date = Field(alias="return", description="Back in Japan / 帰国日")


class ClairCosts(Part):
    shipping: Money = Field(description="Shipping / 輸送費")
    airfare: Money = Field(description="Economy return airfare / 航空賃")
    domestic_travel: Money = Field(description="Home to airport and back / 国内旅費")
    daily_allowance: Money = Field(description="Daily allowance / 日当")
    insurance: Money = Field(description="Insurance / 保険料")
    travel_expenses: Money = Field(description="Health check, passport, visa / 渡航雑費")


CLAIR_ITEMS: tuple[str, ...] = tuple(ClairCosts.model_fields)  # in the model's order


class DispatchCosts(Part):
    clair: ClairCosts
    host_provides: list_of(HostItem) = Field(
        description="What the overseas local government bears / 派遣先負担"
    )
    # Required for a serving specialist; a retired one has no workplace.
    workplace: Money | None = Field(
        None, description="Borne by the specialist's workplace: 0 / 所属先負担"
    )


class DispatchReport(Part):
    file: Text = Field(description="The report (Markdown) / 報告書ファイル")
    submitted: Date | None = Field(None, description="Date submitted / 提出日")


class Dispatch(Part):
    """A specialist dispatch record (``dispatches/``)."""

    id: Id
    kind: Literal["dispatch"] | None = None
    fiscal_year: Year | None = Field(None, description="Fiscal year of departure / 年度")
    status: DispatchStatus = Field(description="planned | dispatched | completed | cancelled")
    specialist: Specialist
    request: Request | None = None
    field: DispatchFieldKey = Field(description="Field (one of the 32) / 分野")
    period: DispatchPeriod
    costs: DispatchCosts | None = None
    report: DispatchReport | None = None
    notes: str | None = None
    waivers: list[Waiver] | None = None
