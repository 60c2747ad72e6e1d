def download_headers(filename: str, size: int) -> dict:
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(size),
        "Content-Disposition": 'attachment; filename="' + filename + '"',
    }
