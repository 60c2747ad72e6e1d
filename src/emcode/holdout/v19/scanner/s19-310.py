ALLOWED_ORIGINS = frozenset({"https://app.example.com"})


def cors_headers(request_origin=None):
    if request_origin in ALLOWED_ORIGINS:
        return {
            "Access-Control-Allow-Origin": request_origin,
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        }
    return {}
