def download_headers(filename: str, size: int) -> dict:
    """Headers for serving a report download."""
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(size),
        "Content-Disposition": 'attachment; filename="' + filename + '"',
    }
