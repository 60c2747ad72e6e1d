import re

_unsafe = re.compile(r"[^A-Za-z0-9._-]")


def download_headers(filename, size):
    clean = _unsafe.sub("_", filename)[:100] or "export.csv"
    return [
        ("Content-Type", "text/csv"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition", f'attachment; filename="{clean}"'),
    ]
