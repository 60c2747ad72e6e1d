import re
from urllib.parse import quote


def download_headers(filename: str, size: int) -> dict[str, str]:
    fallback = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename)}",
        "Content-Length": str(int(size)),
    }
