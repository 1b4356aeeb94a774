"""A host request (利用要望調査): whether and how a host wants trainees next fiscal year."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from lgotp_cli.models.types import (
    Count,
    Country,
    Date,
    FieldKey,
    Host,
    Id,
    Part,
    Text,
    Waiver,
    Year,
    list_of,
)

Intention = Literal["participate", "considering", "method_undecided", "not_participating"]


class RequestSelection(Part):
    method: Literal["clair", "independent", "undecided"] = Field(description="Form 2 / 様式2")
    relationship: Literal["sister_city", "friendship", "other"] | None = None
    partner: Text | None = None


class Conditions(Part):
    countries: list_of(Country) = Field(description="Countries wanted / 希望国")
    fields: list_of(FieldKey) = Field(description="Fields / 希望分野")
    language: Literal["english", "japanese", "either"] = Field(description="Language / 使用言語")
    months: Count = Field(description="Months of stay wanted / 希望期間（月）")


class Submitted(Part):
    form1: Date = Field(description="Form 1 submitted / 様式1提出日")
    form2: Date | None = None
    form3: Date | None = None


class Contact(Part):
    division: Text | None = None
    email: Text | None = None
    phone: Text | None = None
    person: Text | None = None


class HostRequest(Part):
    """A host request record (``requests/``)."""

    id: Id
    kind: Literal["request"] | None = None
    fiscal_year: Year = Field(description="Fiscal year the trainee would come in / 受入年度")
    host: Host
    intention: Intention = Field(description="Form 1 / 様式1")
    trainees: Count | None = Field(None, description="How many trainees / 受入希望人数")
    selection: RequestSelection | None = None
    conditions: Conditions | None = None
    submitted: Submitted
    contact: Contact | None = None
    notes: str | None = None
    waivers: list[Waiver] | None = None
