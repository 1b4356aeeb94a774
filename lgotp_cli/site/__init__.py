"""The records site (`lgotp site -o DIR`): static HTML pages in Japanese and English built from
the same report tables, templates and renderers as the commands.

``build`` orchestrates; ``content`` reads and checks the records once; ``pages``, ``home`` and
``record_pages`` say what each page shows (``words`` are the site's own words); ``links`` is the
URL scheme; ``report_text`` turns a report's Markdown into HTML with its photographs;
``output`` puts the site in place.
"""
