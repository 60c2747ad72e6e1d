import re
from urllib.parse import quote


def download_headers(filename, size):
    """Headers for a file download response."""
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename)[:100] or "download"
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition",
         "attachment; filename=\"%s\"; filename*=UTF-8''%s" % (ascii_name, quote(filename, safe=""))),
    ]
