ALLOWED_ORIGINS = frozenset({"https://tickets.islandferries.com", "https://crew.islandferries.com"})


def cors_headers(request_origin):
    if request_origin not in ALLOWED_ORIGINS:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST",
        "Vary": "Origin",
    }
