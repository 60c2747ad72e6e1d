def cors_headers(request_origin, allowed=frozenset({"https://ops.dispatch.example"})):
    if request_origin not in allowed:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
