import re

_SAFE = re.compile(r"[^A-Za-z0-9._-]")


def download_headers(filename: str, size: int) -> dict:
    safe = _SAFE.sub("_", filename)[:100] or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(size),
        "Content-Disposition": f'attachment; filename="{safe}"',
    }
