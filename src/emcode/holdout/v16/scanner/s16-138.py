def build_redirect_headers(location: str) -> list[tuple[str, str]]:
    if any(ch in location for ch in ("\r", "\n", "\0")):
        raise ValueError("invalid Location value")
    return [("Location", location), ("Cache-Control", "no-cache")]
