ALLOWED_ORIGINS = frozenset({"https://example.com", "https://app.example.com"})


def allowed_origin(origin: str) -> bool:
    return origin in ALLOWED_ORIGINS
