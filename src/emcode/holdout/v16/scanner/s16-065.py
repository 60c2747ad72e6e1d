ALLOWED_ORIGINS = {"https://shop.example.com", "https://admin.example.com"}


def cors_headers(request_origin: str | None) -> dict[str, str]:
    if request_origin not in ALLOWED_ORIGINS:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
