import re
from urllib.parse import quote

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def download_headers(filename: str, size: int) -> dict:
    """Headers for serving a report download; the name cannot break out of the header."""
    ascii_name = _UNSAFE.sub("_", filename)[:100] or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(int(size)),
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}",
    }
