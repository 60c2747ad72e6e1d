ALLOWED_ORIGINS = frozenset({"https://example.org", "https://www.example.org", "https://admin.example.org"})


def allowed_origin(origin: str) -> bool:
    return origin in ALLOWED_ORIGINS
