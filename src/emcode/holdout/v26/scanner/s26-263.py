def download_headers(filename: str, size: int) -> dict[str, str]:
    return {
        "Content-Type": "application/octet-stream",
        "Content-Disposition": f"attachment; filename={filename}",
        "Content-Length": str(size),
    }
