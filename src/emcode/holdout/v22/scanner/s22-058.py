import re
from urllib.parse import quote

_SAFE = re.compile(r"[^A-Za-z0-9._-]")


def download_headers(filename: str, size: int) -> dict:
    ascii_name = _SAFE.sub("_", filename)[:100] or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(int(size)),
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}",
    }
