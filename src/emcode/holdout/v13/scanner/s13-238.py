import re

def download_headers(filename: str) -> dict:
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", filename)[:100] or "download"
    return {"Content-Type": "application/octet-stream",
            "Content-Disposition": f'attachment; filename="{safe}"'}
