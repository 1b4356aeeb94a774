"""The columns that several reports' tables have, the same in each (id, heading, kind),
declared once; their headings are the catalogue's ``table_words.COLUMNS``."""

from __future__ import annotations

from lgotp_cli.i18n import table_words
from lgotp_cli.reports.table import columns_named_by

# For a shared heading on a column that differs elsewhere (the host's name does not wrap in
# `stats`, where its table is narrow).
shared_column = columns_named_by(table_words.COLUMNS)

NO = shared_column("no", "int")
ID = shared_column("id")
FISCAL_YEAR = shared_column("fiscal_year", "fiscal_year")
FAMILY_NAME = shared_column("family_name")
GIVEN_NAME = shared_column("given_name")
COUNTRY = shared_column("country", "code", shown=False)
COUNTRY_NAME = shared_column("country_name")
HOST_CODE = shared_column("host_code", "code")
HOST_NAME = shared_column("host_name", wrap=True)
HOST_TYPE = shared_column("host_type", "host_type")
FIELD = shared_column("field", "code", shown=False)
NOTES = shared_column("notes", wrap=True)
