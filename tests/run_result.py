"""What a run of the ``lgotp`` command gave, for the tests that run it as a subprocess."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def stderr_lines(self) -> list[str]:
        """Standard error's lines that are not blank."""
        return [line for line in self.stderr.splitlines() if line.strip()]
