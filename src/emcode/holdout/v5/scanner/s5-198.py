from urllib.parse import quote

def redirect_headers(path: str) -> list[tuple[str, str]]:
    if "\r" in path or "\n" in path:
        raise ValueError("newline in redirect path")
    return [("Location", "/app/" + quote(path, safe="/")), ("Cache-Control", "no-store")]
