"""The tests' one harness, importable from every test as ``support`` (pytest puts ``tests/`` on
the path: ``pythonpath`` in pyproject.toml).

- ``support.run``: ``run_lgotp(args, cwd=…, env=…, timeout=…)`` runs the command as a user
  would, in a process of its own, and gives a ``Run``; ``environment()`` is the environment it
  runs in; ``assert_one_sentence`` checks a failure told in one line.
- ``support.zygote``: how that process starts without Python's start-up: a fork of an
  interpreter that has lgotp imported (``fresh=True``, or ``LGOTP_TEST_FRESH=1`` for every run:
  a new interpreter).
- ``support.golden``: ``assert_golden(path, text)``, the one golden-file comparison; set
  ``LGOTP_UPDATE_GOLDEN=1`` to write the files instead.
- ``support.records``: ``RecordsRoot`` and the ``root`` fixture (a throwaway records root).
- ``support.reports``: the report fixture, and reports built and rendered in-process.
- ``support.tables``: ``column(id, en, ja, kind)``, a column of a table of the tests' own.
- ``support.paths``: where the repository, the sample records and the fixtures are.
- ``support.rules``, ``support.returns``, ``support.site``, ``support.cdp``: the helpers of the
  rule, return, site and browser tests.
"""
