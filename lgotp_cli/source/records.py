"""Every record of a records root, read and checked against its kind's model (no rule run).

This is where reports, the site, `validate`, `diff`, `import` and `new` get their records from;
the rules layer (``rules.engine.check``) takes what is read here and adds the diagnostics.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lgotp_cli.models.record import Record, build_record
from lgotp_cli.source.discover import read_record_file, record_files
from lgotp_cli.source.model import RawFile, ReadProblem


@dataclass(frozen=True, slots=True)
class Loaded:
    """Records as read and checked against their models, the files' own problems, and every
    record file read (in the order read)."""

    records: list[Record]
    file_problems: list[ReadProblem]
    files: list[Path]
    submodules: tuple[Path, ...] = ()  # git submodules among the record folders: not read

    @property
    def broken_files(self) -> set[Path]:
        """Files that yielded no record at all (a duplicate key, say, still yields its record)."""
        read = {record.path for record in self.records}
        return {found.path for found in self.file_problems} - read


def records_of_file(raw_file: RawFile) -> tuple[list[Record], list[ReadProblem]]:
    """The records of one file as read, and the file's problems."""
    records = [build_record(raw) for raw in raw_file.records]
    return records, [ReadProblem(raw_file.path, problem) for problem in raw_file.problems]


def load_records(root: Path, on_file: Callable[[Path], None] | None = None) -> Loaded:
    """Read every record file under ``root`` into records (schema-checked, rules not run)."""
    records: list[Record] = []
    problems: list[ReadProblem] = []
    files: list[Path] = []
    submodules: list[Path] = []
    with no_cyclic_collection():
        for path, kind, is_link in record_files(root, submodules):
            files.append(path)
            found, found_problems = records_of_file(
                read_record_file(path, kind, root, is_link=is_link)
            )
            records.extend(found)
            problems.extend(found_problems)
            if on_file is not None:
                on_file(path)
    return Loaded(records, problems, files, tuple(submodules))


@contextlib.contextmanager
def no_cyclic_collection() -> Iterator[None]:
    """Records are many objects that live until the end and form no cycles; the cyclic
    collector would only walk them again and again (a third of the time on 10,000 files).
    Afterwards they are frozen out of its reach, or the first collection would walk them all."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
