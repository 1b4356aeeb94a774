"""The catalogue's words for report tables: each column's heading, by family of tables and
column id (``TRAINEE_LIST_COLUMNS["arrival"]`` is Arrival / 来日日; the columns several tables
share are ``COLUMNS``), the titles of the bar charts and of the site's own tables. A report
declares a column by its id (``reports.table.columns_named_by``), so that every heading comes
from here.

The words are in ``table_words.yaml`` beside this module (``catalogue_file`` reads it).
"""

from lgotp_cli.i18n.catalogue_file import load_words

globals().update(load_words(__name__))
