from urllib.parse import quote


def download_headers(filename: str, size: int) -> dict:
    clean = filename.replace("\r", "").replace("\n", "").replace('"', "")
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(int(size)),
        "Content-Disposition": "attachment; filename*=UTF-8''" + quote(clean),
    }
