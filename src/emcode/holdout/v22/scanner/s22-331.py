from urllib.parse import quote


def build_redirect_response(target: str) -> bytes:
    location = quote(target, safe="/:?&=#%.-_~")
    lines = ["HTTP/1.1 302 Found", f"Location: {location}", "Content-Length: 0", "", ""]
    return "\r\n".join(lines).encode("ascii")
