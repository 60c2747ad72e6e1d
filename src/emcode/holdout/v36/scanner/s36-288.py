from urllib.parse import quote


def download_headers(filename, size):
    ascii_name = "".join(ch for ch in filename if 32 <= ord(ch) < 127 and ch not in '"\\') or "download"
    return [
        ("Content-Type", "application/octet-stream"),
        ("Content-Length", str(int(size))),
        ("Content-Disposition", f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"),
    ]
