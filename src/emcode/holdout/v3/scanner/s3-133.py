from urllib.parse import quote


def download_headers(filename: str, size: int) -> dict:
    encoded = quote(filename, safe="")
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(size),
        "Content-Disposition": f"attachment; filename*=UTF-8''{encoded}",
    }
