"""The `lgotp` console script's entry point (``lgotp_cli.cli:main``): the app and ``main()``
live in ``lgotp_cli.commands.app``, a module a command beside it."""

from lgotp_cli.commands.app import app, main

__all__ = ["app", "main"]
