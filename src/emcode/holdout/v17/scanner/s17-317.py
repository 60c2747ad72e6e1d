ALLOWED_ORIGINS = frozenset({"https://app.example.com", "https://admin.example.com"})


def cors_headers(origin: str | None) -> dict:
    if origin not in ALLOWED_ORIGINS:
        return {}
    return {
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
