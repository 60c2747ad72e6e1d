from urllib.parse import quote


def attachment_headers(filename: str, size: int) -> list[tuple[str, str]]:
    encoded = quote(filename, safe="")
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Disposition", f"attachment; filename*=UTF-8''{encoded}"),
        ("Content-Length", str(int(size))),
    ]
