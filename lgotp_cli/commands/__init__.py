"""The `lgotp` command, a module a command: each parses its options, calls the library and
prints. ``app`` holds the Typer app, the global options and ``main()``; ``options`` the options
the commands share and their allowed values; ``context`` what every command needs at run time.
"""
