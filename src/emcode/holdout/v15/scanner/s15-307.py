ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


def cors_headers(request_origin):
    if request_origin not in ALLOWED_ORIGINS:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
