from urllib.parse import quote

def download_headers(filename: str, size: int) -> list[tuple[str, str]]:
    if any(ch in filename for ch in "\r\n\""):
        raise ValueError("illegal character in filename")
    encoded = quote(filename, safe="")
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(size)),
        ("Content-Disposition", f"attachment; filename*=UTF-8''{encoded}"),
    ]
