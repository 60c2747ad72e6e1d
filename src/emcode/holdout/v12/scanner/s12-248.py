import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def build_raw_response(body: bytes, filename: str) -> bytes:
    safe_name = _UNSAFE.sub("_", filename)[:100] or "download"
    head = "HTTP/1.1 200 OK\r\n"
    head += "Content-Type: application/octet-stream\r\n"
    head += f'Content-Disposition: attachment; filename="{safe_name}"\r\n'
    head += f"Content-Length: {len(body)}\r\n\r\n"
    return head.encode("ascii") + body
