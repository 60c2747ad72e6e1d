TRUSTED = frozenset({"https://gardens.example", "https://admin.gardens.example"})


def cors_headers(request_origin):
    if request_origin not in TRUSTED:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST, DELETE",
        "Vary": "Origin",
    }
