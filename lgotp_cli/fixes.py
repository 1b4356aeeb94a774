"""`lgotp validate --fix` and `--diff`: the corrections that are certain, made in the record
files where the loader found each mistake, every other byte of the file kept.

Two kinds of correction, each reported by validate before it is made:

- YAML's own characters typed on a Japanese keyboard (``source.keyboard``): a full-width colon
  or space, a tab in the indentation; an indentation only when exactly one width fits the
  lines above it;
- values written in a known wrong way (``source.readings``): full-width digits, ``2025/5/26``,
  era dates, ``¥120,000``, ``、`` between list items. The loader's tree gives each value's
  line and column; its text there is replaced, inside its quotes if it has them. A value
  whose text in the file is not plainly its value (escapes, several lines) is left as it is.

A file changes only when the corrected text parses and holds the same records; a file that is
a link, or lies under a linked folder, never changes. A check digit is never "corrected".
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from lgotp_cli.i18n.messages import keyboard as words
from lgotp_cli.i18n.text import Said, Words
from lgotp_cli.models.record import build_record
from lgotp_cli.source.discover import record_files
from lgotp_cli.source.keyboard import Slip, apply, find_slips
from lgotp_cli.source.loader import MAX_FILE_BYTES, decode, load_yaml
from lgotp_cli.source.model import FileProblem, RawFile, SourceText

BOM = b"\xef\xbb\xbf"
_YAML_SUFFIXES = (".yaml", ".yml")
# Line starts as libyaml counts lines (CR LF, CR, LF, NEL, LS and PS all end one).
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Correction:
    """One correction: where the mistake stands in the file as it was (1-based), what it was
    and what is written instead."""

    line: int
    column: int
    what: Words | Said
    to: str


@dataclass(slots=True)
class FileFix:
    """A record file's corrections: its bytes before and after (None: it is not changed, and
    ``refusal`` says why when it had something to fix)."""

    path: Path
    before: bytes
    after: bytes | None = None
    corrections: list[Correction] = field(default_factory=list)
    refusal: Words | None = None


def plan_fixes(root: Path, only: list[Path] | None = None) -> list[FileFix]:
    """The corrections of every YAML record file under ``root`` (under ``only`` when given)
    that has something to fix or a reason not to, in the order validate reads them."""
    roots = [path.resolve() for path in only] if only else None
    plans = []
    for path, kind, is_link in record_files(root):
        if path.suffix.lower() not in _YAML_SUFFIXES or not path.is_file():
            continue
        if roots is not None and not _under_any(path, roots):
            continue
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                continue
            data = path.read_bytes()
        except OSError:
            continue  # validate says why it cannot be read
        plan = plan_file(path, kind, data)
        if plan.after is None and plan.refusal is None:
            continue
        if is_link or not _reached_directly(path, root):
            plan.after, plan.refusal = None, words.NOT_FIXED_LINK
        plans.append(plan)
    return plans


def plan_file(path: Path, kind: str, data: bytes) -> FileFix:
    """The corrections of one YAML record file of ``kind`` whose bytes are ``data``."""
    plan = FileFix(path, data)
    try:
        source = decode(data)
    except FileProblem:
        return plan  # not UTF-8: nothing here is certain
    text = source.text
    raw = load_yaml(path, kind, source)
    slips: list[Slip] = []
    if _stopped(raw):
        if not any(problem.code == "L001" for problem in raw.problems):
            return plan
        slips = [slip for slip in find_slips(text) if slip.certain]
        if not slips:
            return plan
        text = apply(text, slips)
        raw = load_yaml(path, kind, SourceText(text))
        if _stopped(raw):
            plan.refusal = words.NOT_FIXED_UNPARSED
            return plan
    plan.corrections = [Correction(s.line, s.column, s.name, s.replacement) for s in slips]
    fixed, values = _fix_values(text, raw, kind)
    plan.corrections += [_back(correction, text, slips) for correction in values]
    if fixed != source.text:
        plan.after = (BOM if source.bom else b"") + fixed.encode("utf-8")
    return plan


def _stopped(raw: RawFile) -> bool:
    """Whether the file yielded no record because of a problem (it did not parse)."""
    return not raw.records and bool(raw.problems)


def _fix_values(text: str, raw: RawFile, kind: str) -> tuple[str, list[Correction]]:
    """``text`` with every value the model reads as a known wrong spelling written as meant,
    and those corrections (positions in ``text``); ``text`` unchanged when the result would
    not read back as the same records with those values right."""
    wanted = []
    for raw_record in raw.records:
        prefix = () if raw_record.index is None else (raw_record.index,)
        for finding in build_record(raw_record).schema_findings:
            if finding.fix is not None:
                wanted.append((prefix + tuple(finding.path), finding.fix))
    if not wanted:
        return text, []
    tree = yaml.compose(text, Loader=yaml.CSafeLoader)
    starts = _line_starts(text)
    edits, corrections = [], []
    for path, reading in wanted:
        found = _node_at(tree, path)
        if found is None:
            continue
        parent, node = found
        span = _value_span(text, starts, node)
        if span is None:
            continue
        if isinstance(path[-1], int) and not (
            isinstance(parent, SequenceNode) and parent.flow_style and not node.style
        ):
            continue  # two items for one are written as such only in a flow list: [PH, VN]
        edits.append((*span, reading.corrected))
        mark = node.start_mark
        what = words.VALUE_FIXED.of(what=reading.mistake, written=reading.written)
        corrections.append(Correction(mark.line + 1, mark.column + 1, what, reading.corrected))
    fixed = text
    for start, end, new in sorted(edits, reverse=True):
        fixed = fixed[:start] + new + fixed[end:]
    if not _reads_back(fixed, raw, kind, len(wanted) - len(edits)):
        return text, []
    return fixed, corrections


def _reads_back(text: str, before: RawFile, kind: str, left: int) -> bool:
    """Whether ``text`` parses to as many records as ``before`` had, with no more than
    ``left`` values still written a known wrong way."""
    raw = load_yaml(before.path, kind, SourceText(text))
    if _stopped(raw) or len(raw.records) != len(before.records):
        return False
    still = sum(
        1
        for raw_record in raw.records
        for finding in build_record(raw_record).schema_findings
        if finding.fix is not None
    )
    return still <= left


def _node_at(tree, path: tuple):
    """The (parent, node) at ``path`` in a node tree (a mapping's first key of that text, as
    the loader reads it), or None."""
    parent, node = None, tree
    for step in path:
        if node.__class__ is MappingNode:
            for key, value in node.value:
                if key.__class__ is ScalarNode and key.value == step:
                    parent, node = node, value
                    break
            else:
                return None
        elif node.__class__ is SequenceNode and isinstance(step, int) and step < len(node.value):
            parent, node = node, node.value[step]
        else:
            return None
    return (parent, node) if node.__class__ is ScalarNode else None


def _value_span(text: str, starts: list[int], node) -> tuple[int, int] | None:
    """Where a scalar's value stands in ``text`` (inside its quotes, if it has them), when the
    text there is exactly its value; else None."""
    start = starts[node.start_mark.line] + node.start_mark.column
    end = starts[node.end_mark.line] + node.end_mark.column
    written, value = text[start:end], node.value
    quote = node.style or ""
    # Inside quotes the value must need no escape, so that the text there is the value.
    if quote not in ("", "'", '"') or (quote and ("\\" in value or quote in value)):
        return None
    if written != quote + value + quote:
        return None
    return start + len(quote), end - len(quote)


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _LINE_BREAK.finditer(text))]


def _back(correction: Correction, text: str, slips: list[Slip]) -> Correction:
    """A value's correction at its column in the file as it was, before the slips on its line
    were corrected (they stand before it: its indentation, its key's colon)."""
    shift = sum(
        len(slip.replacement) - (slip.end - slip.start)
        for slip in slips
        if slip.line == correction.line
    )
    return Correction(correction.line, correction.column - shift, correction.what, correction.to)


def _reached_directly(path: Path, root: Path) -> bool:
    """Whether ``path`` is where it says under ``root``: no link on the way (the root's own
    link apart)."""
    try:
        relative = path.relative_to(root)
        return path.resolve() == root.resolve() / relative
    except (ValueError, OSError, RuntimeError):
        return False


def _under_any(path: Path, roots: list[Path]) -> bool:
    resolved = path.resolve()
    return any(resolved == root or root in resolved.parents for root in roots)


def write_fixes(plans: list[FileFix]) -> None:
    """Write each corrected file whole (a temporary file beside it, then a rename; its mode
    kept); a file changed since it was read is left as it is (``refusal`` says so)."""
    from lgotp_cli.output.files import replace_unchanged

    for plan in plans:
        if plan.after is None:
            continue
        if not replace_unchanged(plan.path, plan.before, plan.after):
            plan.after, plan.refusal = None, words.NOT_FIXED_CHANGED


def unified_diff(plan: FileFix, name: str) -> str:
    """The corrections of ``plan`` as a unified diff of the file named ``name``."""
    before = _lines(decode(plan.before).text)
    after = _lines(decode(plan.after or plan.before).text)
    out = []
    for line in difflib.unified_diff(before, after, name, name):
        if not line.endswith(("\n", "\r")):
            line += "\n\\ No newline at end of file\n"
        out.append(line)
    return "".join(out)


def _lines(text: str) -> list[str]:
    """``text`` in lines, each with its own line break."""
    return re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", text)
