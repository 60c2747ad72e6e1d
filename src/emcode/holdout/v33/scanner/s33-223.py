def cors_headers(request_origin, allowed_origins):
    if request_origin not in allowed_origins:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST, DELETE",
        "Vary": "Origin",
    }
