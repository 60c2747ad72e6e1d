def download_headers(filename: str, size: int) -> dict:
    """Headers for a file download response."""
    return {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": 'attachment; filename="' + filename + '"',
        "Content-Length": str(size),
    }
