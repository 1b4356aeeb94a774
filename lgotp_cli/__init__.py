"""lgotp: records of CLAIR's LGOTP and specialist dispatch programmes, kept in git."""

__version__ = "0.1.0"
