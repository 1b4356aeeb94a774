"""`python -m lgotp_cli`: the same as the `lgotp` console script."""

from lgotp_cli.cli import main

if __name__ == "__main__":
    main()
