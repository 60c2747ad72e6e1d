import re

_SAFE = re.compile(r"[^A-Za-z0-9._ -]")


def build_download_response(body: bytes, filename: str) -> bytes:
    clean = _SAFE.sub("_", filename)[:100] or "download.bin"
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: application/octet-stream\r\n"
        f'Content-Disposition: attachment; filename="{clean}"\r\n'
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body
