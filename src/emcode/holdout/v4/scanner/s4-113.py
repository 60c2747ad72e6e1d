_FORBIDDEN = ("\r", "\n", "\x00")


def redirect_headers(location: str) -> list[tuple[str, str]]:
    if any(ch in location for ch in _FORBIDDEN):
        raise ValueError("header value contains a line break")
    return [("Status", "302 Found"), ("Location", location), ("Cache-Control", "no-store")]
