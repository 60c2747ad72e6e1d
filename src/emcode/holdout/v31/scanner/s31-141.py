import re

_BAD = re.compile(r'[\x00-\x1f\x7f"\\]')


def build_download_headers(filename, size):
    clean = _BAD.sub("_", filename)[:100] or "export.csv"
    headers = [
        ("Content-Type", "text/csv"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition", 'attachment; filename="%s"' % clean),
    ]
    return "".join(f"{k}: {v}\r\n" for k, v in headers)
