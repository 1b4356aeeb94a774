"""Which fields a record's page shows, in which section and how (``record_form``): a trainee,
a dispatch and a host request each read as a form, who first, then where, when, the costs and
the report; notes and waivers last. The page's facts (file, kind and status, fiscal year) stand
for ``id``, ``kind``, ``status`` and ``fiscal_year``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lgotp_cli.i18n import record_page_words, record_words
from lgotp_cli.i18n.formats import Style
from lgotp_cli.i18n.text import Terms
from lgotp_cli.models.dispatch import CLAIR_ITEMS
from lgotp_cli.models.trainee import COST_ITEMS
from lgotp_cli.site.record_form import (
    Field,
    Reading,
    as_countries,
    as_country,
    as_date,
    as_employer,
    as_field,
    as_fields,
    as_host,
    as_money,
    as_months,
    as_people,
    as_person,
    as_phase,
    leftovers,
    length_between,
    rows,
    term,
    terms_each,
    total_of,
)

FACTS = ("id", "kind", "status", "fiscal_year")  # shown above the form


@dataclass(frozen=True, slots=True)
class Section:
    """A section of the form: its anchor on the page, its title (``record_page_words.SECTION``) and
    its lines; ``timeline`` and ``report`` say that the record's timeline or report goes in it."""

    anchor: str
    title: str
    fields: tuple[Field, ...]
    timeline: bool = False
    report: bool = False


NOTES = Section("notes", "notes", (Field("notes"), Field("waivers")))
# A trainee's selection and a request's, read alike.
SELECTION = (
    Field("selection.method", term(record_words.SELECTION_METHOD)),
    Field("selection.relationship", term(record_words.RELATIONSHIP)),
    Field("selection.partner"),
)

TRAINEE = (
    Section(
        "who",
        "trainee",
        (
            Field("name", as_person),
            Field("name.native"),
            Field("nationality", as_country),
            Field("employer.name"),
            Field("employer.country", as_country),
            Field("employer.type", term(record_words.EMPLOYER_TYPE)),
            Field("employer.position"),
            Field("languages.english"),
            Field("languages.japanese"),
            Field("leadership"),
            *SELECTION,
        ),
    ),
    Section(
        "where",
        "host_and_field",
        (
            Field("host.code", as_host, also=("host.name",)),
            Field("host.division"),
            Field("field", as_field),
        ),
    ),
    Section(
        "when",
        "stay",
        (
            Field("period.arrival", as_date),
            Field("period.departure", as_date),
            Field(
                "period",
                length_between("arrival", "departure", "withdrawal.date"),
                label="period.length",
                derived=True,
            ),
            Field("period.tokyo_orientation", as_phase),
            Field("period.jiam", as_phase),
            Field("period.specialized", as_phase),
            Field("withdrawal.date", as_date),
            Field("withdrawal.reason"),
        ),
        timeline=True,
    ),
    Section(
        "costs",
        "trainee_costs",
        (
            *(Field(f"costs.{item}", as_money) for item in COST_ITEMS),
            Field("costs", total_of(*COST_ITEMS), label="costs.total", derived=True),
        ),
    ),
    Section("report", "report", (Field("report"),), report=True),
    NOTES,
)

DISPATCH = (
    Section(
        "who",
        "specialist",
        (
            Field("specialist.name", as_person),
            Field("specialist.name.native"),
            Field("specialist.retired", term(record_words.YES_NO)),
            Field("specialist.employer.code", as_employer),
            Field("specialist.employer.division"),
            Field("specialist.position"),
            Field("specialist.database_id"),
            Field("specialist.arrangement", term(record_words.ARRANGEMENT)),
        ),
    ),
    Section(
        "where",
        "request",
        (
            Field("request.local_government"),
            Field("request.country", as_country),
            Field("request.purpose"),
            Field("request.date", as_date),
            Field("field", as_field),
        ),
    ),
    Section(
        "when",
        "dispatch",
        (
            Field("period.departure", as_date),
            Field("period.return", as_date),
            Field("period", length_between("departure", "return"), "period.length", derived=True),
        ),
        timeline=True,
    ),
    Section(
        "costs",
        "dispatch_costs",
        (
            *(Field(f"costs.clair.{item}", as_money) for item in CLAIR_ITEMS),
            Field("costs.clair", total_of(*CLAIR_ITEMS), "costs.clair.total", derived=True),
            Field("costs.host_provides", terms_each(record_words.HOST_ITEM)),
            Field("costs.workplace", as_money),
        ),
    ),
    Section(
        "report",
        "report",
        (Field("report.file"), Field("report.submitted", as_date)),
        report=True,
    ),
    NOTES,
)

REQUEST = (
    Section(
        "who",
        "host",
        (Field("host.code", as_host, also=("host.name",)), Field("host.division")),
    ),
    Section(
        "where",
        "wishes",
        (
            Field("intention", term(record_words.INTENTION)),
            Field("trainees", as_people),
            *SELECTION,
        ),
    ),
    Section(
        "conditions",
        "conditions",
        (
            Field("conditions.countries", as_countries),
            Field("conditions.fields", as_fields),
            Field("conditions.language", term(record_words.TRAINING_LANGUAGE)),
            Field("conditions.months", as_months),
        ),
    ),
    Section(
        "when",
        "submitted",
        tuple(Field(f"submitted.form{number}", as_date) for number in (1, 2, 3)),
    ),
    Section(
        "contact",
        "contact",
        tuple(Field(f"contact.{part}") for part in ("division", "person", "email", "phone")),
    ),
    NOTES,
)

LAYOUTS: dict[str, tuple[tuple[Section, ...], Terms]] = {
    "trainee": (TRAINEE, record_page_words.TRAINEE),
    "dispatch": (DISPATCH, record_page_words.DISPATCH),
    "request": (REQUEST, record_page_words.REQUEST),
}
# The keys each kind's form stands for (the facts' among them), worked out once.
KNOWN = {
    kind: frozenset(
        (*FACTS, *(key for section in layout for field in section.fields for key in field.covers()))
    )
    for kind, (layout, _) in LAYOUTS.items()
}


def form(
    kind: str,
    data: dict,
    *,
    lang: str,
    style: Style,
    fiscal_year: int | None,
    private: Callable[[str], bool],
    timeline: bool = False,
    as_written: bool = False,
) -> list[dict]:
    """The record's form in ``lang``: its sections that have a line (the timeline's, when there
    is a ``timeline``, always),
    each ``{anchor, title, rows, timeline, report}``; what ``private`` says is not for
    publication left out; for a record read ``as_written`` (not by its model), the keys no
    section knows in a section of their own."""
    layout, labels = LAYOUTS.get(kind, ((), record_page_words.TRAINEE))
    reading = Reading(lang, style, fiscal_year, data)
    sections = []
    for section in layout:
        shown = tuple(field for field in section.fields if not private(field.key))
        lines = list(rows(shown, labels, reading))
        if lines or (section.timeline and timeline):
            sections.append(
                {
                    "anchor": section.anchor,
                    "title": record_page_words.SECTION.label(section.title, lang),
                    "rows": lines,
                    "timeline": section.timeline,
                    "report": section.report,
                }
            )
    # Only a record read as written can hold a key its schema does not have.
    rest = leftovers(data, KNOWN.get(kind, frozenset(FACTS)), private) if as_written else []
    if rest:
        title = record_page_words.SECTION.label("other", lang)
        sections.append(
            {"anchor": "other", "title": title, "rows": rest, "timeline": False, "report": False}
        )
    return sections
