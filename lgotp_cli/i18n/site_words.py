"""The catalogue's words for the site's pages (report tables bring their own)."""

from __future__ import annotations

from lgotp_cli.i18n.text import Terms, Words

# By key: templates read them as ``words.home``.
PAGE = Terms(
    {
        "site_title": Words("LGOTP records", "LGOTP 記録"),
        "home": Words("Home", "ホーム"),
        "years": Words("Fiscal years", "年度別"),
        "acceptance": Words("Acceptance", "受入実績"),
        "records": Words("All records", "全記録"),
        "lists": Words("List", "一覧"),
        "costs": Words("Costs", "経費"),
        "timeline": Words("Timeline", "日程"),
        "countries": Words("By country", "国別"),
        "fields": Words("By field", "分野別"),
        "hosts": Words("By host", "受入団体別"),
        "language": Words("Language", "言語"),
        "skip": Words("Skip to the content", "本文へ移動"),
        "summary": Words("Validation", "検証結果"),
        "problems": Words("Problems", "問題"),
        "no_problems": Words("No problems.", "問題はありません。"),
        "glance": Words("At a glance", "概況"),
        "due": Words("What falls due", "期限一覧"),
        "errors": Words("Errors", "エラー"),
        "warnings": Words("Warnings", "警告"),
        "infos": Words("Notes", "注意"),
        "records_count": Words("Records", "記録"),
        "files_count": Words("Files", "ファイル"),
        "fields_heading": Words("Fields", "項目"),
        "report": Words("Report", "報告書"),
        "report_missing": Words("The report cannot be shown", "報告書を表示できません"),
        "no_timeline": Words("No timeline", "日程を表示できません"),
        "file": Words("File", "ファイル"),
        "records_in_file": Words("Records in this file", "このファイルの記録"),
        "no_records_in_file": Words(
            "No record could be read from this file.",
            "このファイルから読み取れた記録はありません。",
        ),
        "unreadable": Words(
            "This record cannot be read as a whole (see the problems); its fields are shown as "
            "written.",
            "この記録は全体としては読み取れません（問題を参照）。項目は記載どおりに表示しています。",
        ),
        "previous": Words("Previous year", "前年度"),
        "next": Words("Next year", "翌年度"),
        "nothing": Words("Nothing to show.", "表示するものはありません。"),
        "files_with_problems": Words("Files with problems", "問題のあるファイル"),
        # Filled by the page frame (``Built on 2025-04-01 by lgotp 1.2.0.``).
        "built": Words(
            "Built on {today} by lgotp {version}.", "{today} に lgotp {version} で作成。"
        ),
        "trainees": Words("Trainees", "研修員"),
        "dispatches": Words("Dispatches", "派遣"),
        "requests": Words("Host requests", "利用要望"),
        "no_data": Words("No records yet.", "記録はまだありません。"),
    }
)
FISCAL_YEAR = Words("Fiscal year", "年度")  # a record page's fact
