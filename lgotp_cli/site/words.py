"""The site's own words, in English and Japanese (report tables bring their own labels)."""

from __future__ import annotations

from functools import cache

from lgotp_cli.i18n import pick

WORDS: dict[str, tuple[str, str]] = {
    "site_title": ("LGOTP records", "LGOTP 記録"),
    "home": ("Home", "ホーム"),
    "years": ("Fiscal years", "年度別"),
    "acceptance": ("Acceptance", "受入実績"),
    "records": ("All records", "全記録"),
    "lists": ("List", "一覧"),
    "costs": ("Costs", "経費"),
    "timeline": ("Timeline", "日程"),
    "countries": ("By country", "国別"),
    "fields": ("By field", "分野別"),
    "hosts": ("By host", "受入団体別"),
    "language": ("Language", "言語"),
    "skip": ("Skip to the content", "本文へ移動"),
    "summary": ("Validation", "検証結果"),
    "problems": ("Problems", "問題"),
    "no_problems": ("No problems.", "問題はありません。"),
    "glance": ("At a glance", "概況"),
    "due": ("What falls due", "期限一覧"),
    "errors": ("Errors", "エラー"),
    "warnings": ("Warnings", "警告"),
    "infos": ("Notes", "注意"),
    "records_count": ("Records", "記録"),
    "files_count": ("Files", "ファイル"),
    "fields_heading": ("Fields", "項目"),
    "report": ("Report", "報告書"),
    "report_missing": ("The report cannot be shown", "報告書を表示できません"),
    "no_timeline": ("No timeline", "日程を表示できません"),
    "file": ("File", "ファイル"),
    "records_in_file": ("Records in this file", "このファイルの記録"),
    "no_records_in_file": (
        "No record could be read from this file.",
        "このファイルから読み取れた記録はありません。",
    ),
    "unreadable": (
        "This record cannot be read as a whole (see the problems); its fields are shown as "
        "written.",
        "この記録は全体としては読み取れません（問題を参照）。項目は記載どおりに表示しています。",
    ),
    "previous": ("Previous year", "前年度"),
    "next": ("Next year", "翌年度"),
    "nothing": ("Nothing to show.", "表示するものはありません。"),
    "files_with_problems": ("Files with problems", "問題のあるファイル"),
    "built": ("Built on {today} by lgotp {version}.", "{today} に lgotp {version} で作成。"),
    "trainees": ("Trainees", "研修員"),
    "dispatches": ("Dispatches", "派遣"),
    "requests": ("Host requests", "利用要望"),
    "no_data": ("No records yet.", "記録はまだありません。"),
}

KIND_NAMES = {
    "trainee": ("Trainee", "研修員"),
    "dispatch": ("Specialist dispatch", "専門家派遣"),
    "request": ("Host request", "利用要望"),
}
SEVERITY_NAMES = {
    "error": ("Error", "エラー"),
    "warning": ("Warning", "警告"),
    "info": ("Note", "注意"),
}


@cache
def words(lang: str) -> dict[str, str]:
    """Every word of the site in ``lang``, by key (templates read them as ``words.home``).
    One dict per language, shared: nothing changes it (templates run in an immutable
    sandbox)."""
    return {key: pick(pair, lang) for key, pair in WORDS.items()}


def kind_name(kind: str, lang: str) -> str:
    return pick(KIND_NAMES[kind], lang) if kind in KIND_NAMES else kind


def severity_name(severity: str, lang: str) -> str:
    return pick(SEVERITY_NAMES[severity], lang) if severity in SEVERITY_NAMES else severity


def summary_sentence(summary, lang: str) -> str:
    """The validation summary as one sentence (as `lgotp validate` ends, in ``lang``)."""
    if lang != "ja":
        from lgotp_cli.diagnostics import summary_line

        return summary_line(summary)
    checked = f"{summary.files:,} ファイルの {summary.records:,} 件の記録"
    if not (summary.errors or summary.warnings):
        notes = f"（注意 {summary.infos:,} 件）" if summary.infos else ""
        return f"問題なし: {checked}を検証し、エラーも警告もありません{notes}。"
    return f"{checked}に、エラー {summary.errors:,} 件と警告 {summary.warnings:,} 件があります。"
