def redirect_headers(path: str) -> list[tuple[str, str]]:
    return [("Location", "/app/" + path), ("Cache-Control", "no-store")]
