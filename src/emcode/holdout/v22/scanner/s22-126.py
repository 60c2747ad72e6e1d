ALLOWED_ORIGINS = frozenset({"https://app.acme.io", "https://admin.acme.io"})


def cors_headers(request_origin: str) -> dict:
    if request_origin not in ALLOWED_ORIGINS:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
