ALLOWED = {"https://app.example.org"}


def cors_headers(origin=None):
    if origin in ALLOWED:
        return {"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true", "Vary": "Origin"}
    return {}
