def build_redirect_headers(location: str) -> list[tuple[str, str]]:
    return [("Location", location), ("Cache-Control", "no-cache")]
