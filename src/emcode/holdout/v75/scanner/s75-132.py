TRUSTED = frozenset({"https://plots.greenlane-allotments.org"})


def cors_headers(request_origin):
    if request_origin not in TRUSTED:
        return {}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
