import re

_NOT_ALLOWED = re.compile(r"[^A-Za-z0-9._-]+")


def download_headers(filename, size):
    clean = _NOT_ALLOWED.sub("_", filename)[:100] or "export.csv"
    return {
        "Content-Type": "text/csv",
        "Content-Length": str(int(size)),
        "Content-Disposition": 'attachment; filename="%s"' % clean,
    }
