from urllib.parse import quote


def build_redirect(location):
    target = quote(location, safe="/:?&=#%._-~")
    lines = [
        "HTTP/1.1 302 Found",
        "Location: " + target,
        "Content-Length: 0",
        "",
        "",
    ]
    return "\r\n".join(lines).encode("ascii")
