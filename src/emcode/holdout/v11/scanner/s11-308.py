from urllib.parse import quote


def download_headers(filename: str, size: int) -> dict:
    cleaned = "".join(ch for ch in filename if ch not in '\r\n"\\')
    ascii_name = cleaned.encode("ascii", "ignore").decode() or "download"
    return {
        "Content-Type": "application/octet-stream",
        "Content-Length": str(int(size)),
        "Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(cleaned)}",
    }
