from urllib.parse import quote


def attachment_headers(filename, size):
    ascii_name = "".join(c for c in filename if 32 <= ord(c) < 127 and c not in '"\\') or "download"
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition", f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"),
    ]
