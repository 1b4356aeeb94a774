"""Records as sheets and back: `lgotp export` (csv, xlsx, json, sqlite) and `lgotp import`.

Both use the CSV sheet layout (dotted keys: ``models.keys``): one row a record, columns named by dotted keys
(`period.arrival`), numbered keys for lists of mappings (`waivers.0.rule`) and `;` between the
items of a list of plain values (`PH; VN`), so that a sheet can go out to Excel and come back.
"""
