import csv
import io
import tempfile


def export_rows(rows):
    spool = tempfile.SpooledTemporaryFile(max_size=1 << 20, mode="w+b")
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="")
    w = csv.writer(text)
    for r in rows:
        w.writerow(r)
    text.flush()
    text.detach()
    spool.seek(0)
    return spool
