"""What a rule may look at besides its record: today, the configuration, the records root."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lgotp_cli.config import Config, Policy


@dataclass(frozen=True, slots=True)
class Context:
    """The world a check runs in; rules never read the clock or the environment themselves."""

    today: date
    config: Config
    root: Path
    lang: str = "en"  # the language diagnostics are written in

    @property
    def policy(self) -> Policy:
        return self.config.policy
