"""Drawing a Gantt: SVG (for HTML pages), Mermaid (for Markdown on GitHub and GitLab) and
text (for the terminal). Positions are computed from dates here and nowhere else."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from lgotp_cli.diagnostics import visible
from lgotp_cli.i18n import report_words
from lgotp_cli.i18n.formats import ISO, Style, day, month_label, year_label
from lgotp_cli.output.terminal import cell_width, fit_cells, wrap_cells
from lgotp_cli.reports.chart import PHASES, Gantt, marker_label, phase_label

SVG_WIDTH = 1060
LABEL_WIDTH = 270
RIGHT_MARGIN = 16
LANE_HEIGHT = 20
BAR_HEIGHT = 12
TOP = 92


class Scale:
    """Dates to x positions: day ``d`` occupies [x(d), x(d) + day_width)."""

    def __init__(self, start: date, end: date, left: float, width: float) -> None:
        self.start = start
        self.left = left
        self.day_width = width / ((end - start).days + 1)

    def x(self, day: date) -> float:
        return self.left + (day - self.start).days * self.day_width

    def span(self, start: date, end: date) -> tuple[float, float]:
        """Left edge and width of the days ``start``..``end`` (both included)."""
        return self.x(start), ((end - start).days + 1) * self.day_width


def _months(start: date, end: date):
    year, month = start.year, start.month
    while True:
        first = date(year, month, 1)
        if first > end:
            return
        if first >= start:
            yield first
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _text_width(text: str) -> int:
    """Roughly how wide ``text`` is at 12px: wide (CJK) characters count double."""
    import unicodedata

    return sum(12 if unicodedata.east_asian_width(ch) in "WF" else 7 for ch in text)


def svg_context(gantt: Gantt, lang: str, style: Style = ISO) -> dict:
    """Everything the SVG template draws, with positions rounded to 0.1 px; the dates people
    read (tooltips) as ``style`` writes them, those the page's tools read (``data-``) ISO."""
    plot_width = SVG_WIDTH - LABEL_WIDTH - RIGHT_MARGIN
    scale = Scale(gantt.start, gantt.end, LABEL_WIDTH, plot_width)
    lanes = []
    for index, lane in enumerate(gantt.lanes):
        y = TOP + index * LANE_HEIGHT
        bar_y = y + (LANE_HEIGHT - BAR_HEIGHT) / 2
        segments = []
        for segment in lane.segments:
            x, width = scale.span(segment.start, segment.end)
            segments.append(
                {
                    "kind": segment.kind,
                    "x": round(x, 1),
                    "y": round(bar_y, 1),
                    "width": round(width, 1),
                    "height": BAR_HEIGHT,
                    "colour": PHASES.get(segment.kind, ("#64748b", ""))[0],
                    "title": f"{segment.label or phase_label(segment.kind, lang)}: "
                    f"{day(segment.start, lang, style)} – {day(segment.end, lang, style)}",
                    "start": segment.start.isoformat(),
                    "end": segment.end.isoformat(),
                }
            )
        markers = [
            {
                "kind": marker.kind,
                "x": round(scale.x(marker.day) + scale.day_width / 2, 1),
                "y": round(y + LANE_HEIGHT / 2, 1),
                "day": marker.day.isoformat(),
                "title": f"{marker.label or marker_label(marker.kind, lang)}: "
                f"{day(marker.day, lang, style)}",
            }
            for marker in lane.markers
        ]
        lanes.append(
            {
                "key": lane.key,
                "label": lane.label,
                "note": lane.note,
                "y": y,
                "text_y": y + LANE_HEIGHT - 6,
                "segments": segments,
                "markers": markers,
                "band": index % 2 == 1,
            }
        )
    bottom = TOP + len(gantt.lanes) * LANE_HEIGHT
    months = []
    for index, first in enumerate(_months(gantt.start, gantt.end)):
        year = year_label(first, lang) if index == 0 or first.month == 1 else ""
        months.append(
            {"x": round(scale.x(first), 1), "label": month_label(first, lang), "year": year}
        )
    events = [
        {
            "number": number,
            "x": round(scale.x(event.day) + scale.day_width / 2, 1),
            "day": event.day.isoformat(),
            "shown": day(event.day, lang, style),
            "label": event.label,
        }
        for number, event in enumerate(gantt.events, start=1)
    ]
    today = None
    if gantt.today is not None:
        today = {
            "x": round(scale.x(gantt.today) + scale.day_width / 2, 1),
            "label": report_words.TODAY(lang),
            "day": gantt.today.isoformat(),
            "shown": day(gantt.today, lang, style),
        }
    used = {s["kind"] for lane in lanes for s in lane["segments"]}
    legend = []
    legend_x = LABEL_WIDTH
    for kind, (colour, _) in PHASES.items():
        if kind in used:
            label = phase_label(kind, lang)
            legend.append({"colour": colour, "label": label, "x": legend_x})
            legend_x += 40 + _text_width(label)
    event_height = 18 * len(events)
    return {
        "title": gantt.title,
        "width": SVG_WIDTH,
        "height": bottom + 30 + event_height,
        "left": LABEL_WIDTH,
        "right": SVG_WIDTH - RIGHT_MARGIN,
        "top": TOP,
        "bottom": bottom,
        "lanes": lanes,
        "months": months,
        "events": events,
        "today": today,
        "legend": legend,
        "events_y": bottom + 24,
        "start": gantt.start.isoformat(),
        "end": gantt.end.isoformat(),
        "day_width": scale.day_width,
    }


def to_svg(gantt: Gantt, lang: str, search: tuple[Path, ...] = (), style: Style = ISO) -> str:
    """The chart as SVG, from ``gantt.svg.j2``."""
    from lgotp_cli.render.templates import render

    return render("gantt.svg.j2", search, **svg_context(gantt, lang, style))


_MERMAID_UNSAFE = re.compile(r"[:;#\n\r]")


def _mermaid_text(text: str) -> str:
    # Mermaid reads ':' as the start of a task's data and '#'/';' as syntax.
    return " ".join(_MERMAID_UNSAFE.sub(" ", text).split()) or "-"


def mermaid_context(gantt: Gantt, lang: str, *, year_view: bool) -> dict:
    """Sections and tasks of a Mermaid ``gantt`` block."""
    sections = []
    counter = 0

    def task_id() -> str:
        nonlocal counter
        counter += 1
        return f"t{counter}"

    for lane in gantt.lanes:
        tasks = []
        for segment in lane.segments:
            if year_view and segment.kind not in ("stay", "dispatch"):
                continue
            tasks.append(
                {
                    "name": _mermaid_text(
                        lane.label
                        if year_view
                        else segment.label or phase_label(segment.kind, lang)
                    ),
                    "tag": "",
                    "id": task_id(),
                    "start": segment.start.isoformat(),
                    "days": (segment.end - segment.start).days + 1,
                }
            )
        if not year_view:
            for marker in lane.markers:
                tasks.append(
                    {
                        "name": _mermaid_text(marker.label or marker_label(marker.kind, lang)),
                        "tag": "milestone, ",
                        "id": task_id(),
                        "start": marker.day.isoformat(),
                        "days": 0,
                    }
                )
        if tasks:
            sections.append(
                {
                    "name": _mermaid_text(lane.label if not year_view else lane.note or lane.label),
                    "tasks": tasks,
                }
            )
    if year_view:
        # One section per kind keeps 60 records readable: a task per record.
        rows = [task for section in sections for task in section["tasks"]]
        sections = [{"name": _mermaid_text(gantt.title), "tasks": rows}] if rows else []
    calendar = [
        {
            "name": _mermaid_text(event.label),
            "tag": "milestone, ",
            "id": task_id(),
            "start": event.day.isoformat(),
            "days": 0,
        }
        for event in gantt.events
    ]
    if gantt.today is not None:
        calendar.append(
            {
                "name": report_words.TODAY(lang),
                "tag": "milestone, crit, ",
                "id": task_id(),
                "start": gantt.today.isoformat(),
                "days": 0,
            }
        )
    if calendar:
        sections.append({"name": report_words.CALENDAR(lang), "tasks": calendar})
    return {"title": _mermaid_text(gantt.title), "sections": sections}


def to_mermaid(gantt: Gantt, lang: str, search: tuple[Path, ...] = (), *, year_view: bool) -> str:
    from lgotp_cli.render.templates import render

    return render("gantt.mermaid.j2", search, **mermaid_context(gantt, lang, year_view=year_view))


def to_text(gantt: Gantt, lang: str, *, colour: bool, width: int) -> str:
    """The chart in text that fits ``width`` cells: a row per lane, a character a few days.

    Text is measured in cells (a Japanese character takes two), so that every row's bars start
    in the same column and a month's name stands over its first day, in Japanese as in English;
    the legend and the calendar's events wrap under the chart, never under the labels."""
    import io

    from rich.console import Console
    from rich.text import Text

    labels = [visible(lane.label) for lane in gantt.lanes]
    label_width = min(30, max((cell_width(label) for label in labels), default=10) + 1)
    plot = max(20, width - label_width - 2)
    scale = Scale(gantt.start, gantt.end, 0, plot)

    def column(day: date) -> int:
        return min(plot - 1, max(0, int(scale.x(day))))

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=colour,
        no_color=not colour,
        width=width + 2,
        highlight=False,
        emoji=False,
    )
    console.print(Text(visible(gantt.title), style="bold"))
    console.print(Text(" " * label_width + _axis(gantt, lang, plot, column)))
    today_column = column(gantt.today) if gantt.today else None
    for lane, label in zip(gantt.lanes, labels, strict=True):
        cells: list[tuple[str, str]] = [(" ", "")] * plot
        for segment in lane.segments:
            hue, char = PHASES.get(segment.kind, ("#64748b", "*"))
            for at in range(column(segment.start), column(segment.end) + 1):
                cells[at] = ("█" if colour else char, hue)
        for marker in lane.markers:
            if marker.kind == "withdrawal":
                cells[column(marker.day)] = ("✕" if colour else "X", "#dc2626")
        if today_column is not None and cells[today_column][0] == " ":
            cells[today_column] = ("│" if colour else "|", "#dc2626")
        line = Text(fit_cells(label, label_width - 1) + " ")
        for char, hue in cells:
            line.append(char, style=hue or None)
        console.print(line)
    for legend in _legend(gantt, lang, colour, label_width, width + 2):
        console.print(legend)
    indent = " " * label_width
    for number, event in enumerate(gantt.events, start=1):
        head = f"{indent}{number}. {event.day} "
        for text in wrap_cells(visible(event.label), width + 2, head, " " * cell_width(head)):
            console.print(Text(text))
    return buffer.getvalue()


def _axis(gantt: Gantt, lang: str, plot: int, column) -> str:
    """The months' names over the plot, each from the cell of its first day, by cells; a name
    that would touch the one before it is left out."""
    axis = [" "] * plot  # one entry a cell; the second cell of a wide character is ""
    for first in _months(gantt.start, gantt.end):
        label = month_label(first, lang)
        at = column(first)
        if all(ch == " " for ch in axis[max(0, at - 1) : at + cell_width(label) + 1]):
            for char in label:
                size = cell_width(char)
                if at + size > plot:
                    break
                axis[at : at + size] = [char, *[""] * (size - 1)]
                at += size
    return "".join(axis)


def _legend(gantt: Gantt, lang: str, colour: bool, indent: int, width: int):
    """The legend's lines under the plot: an entry per phase drawn (and today), as many to a
    line as fit ``width`` cells, never one split over two lines."""
    from rich.text import Text

    entries: list[tuple[str, str, str]] = []
    used = {segment.kind for lane in gantt.lanes for segment in lane.segments}
    for kind, (hue, char) in PHASES.items():
        if kind in used:
            entries.append(("█" if colour else char, hue, f" {phase_label(kind, lang)}  "))
    if gantt.today is not None:
        today = f" {report_words.TODAY_ON_A_LEGEND(lang)} {gantt.today}"
        entries.append(("│" if colour else "|", "#dc2626", today))
    line, size = Text(" " * indent), indent
    for symbol, hue, text in entries:
        entry = 1 + cell_width(text.rstrip())
        if size > indent and size + entry > width:
            yield line
            line, size = Text(" " * indent), indent
        line.append(symbol, style=hue)
        line.append(text)
        size += 1 + cell_width(text)
    yield line
