"""The tests' one harness, importable from every test as ``support`` (pytest puts ``tests/`` on
the path: ``pythonpath`` in pyproject.toml).

- ``support.run``: ``run_lgotp(args, cwd=…, env=…, timeout=…)`` runs the command as a user
  would and gives a ``Run``; ``environment()`` is the environment it runs in;
  ``assert_one_sentence`` checks a failure told in one line.
- ``support.golden``: ``assert_golden(path, text)``, the one golden-file comparison; set
  ``LGOTP_UPDATE_GOLDEN=1`` to write the files instead.
- ``support.records``: ``RecordsRoot`` and the ``root`` fixture (a throwaway records root).
- ``support.reports``: the report fixture, and reports built and rendered in-process.
- ``support.paths``: where the repository, the sample records and the fixtures are.
- ``support.rules``, ``support.returns``, ``support.site``, ``support.cdp``: the helpers of the
  rule, return, site and browser tests.
"""
