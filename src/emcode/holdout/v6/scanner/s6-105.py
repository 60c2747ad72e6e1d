from urllib.parse import quote

def download_headers(filename: str) -> dict:
    return {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": "attachment; filename*=UTF-8''" + quote(filename, safe=""),
    }
