"""The host-request survey forms (利用要望調査 様式1–3) as Excel workbooks: ``layout`` (the one
table of every row of the forms, which the writer and the reader both follow), ``choices``
(the lists a clerk chooses from, and their labels read back to codes), ``survey`` (the workbook
`lgotp return survey --host` writes), ``reader`` (a filled form read back into a request's
values) and ``plan`` (those values as a new or changed request record, checked by every rule).
"""
