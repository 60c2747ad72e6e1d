import re

_CTL = re.compile(r"[\x00-\x1f\x7f]")


def redirect_response(target, status=302):
    target = _CTL.sub("", target)
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    head = f"HTTP/1.1 {status} Found\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n"
    return head.encode("latin-1", "replace")
