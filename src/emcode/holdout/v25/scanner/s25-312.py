import re
from urllib.parse import quote


def download_headers(filename: str, size: int) -> dict:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename)[:100] or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}",
        "Content-Length": str(int(size)),
    }
