ALLOWED = {"https://app.example.com", "https://staging.example.com"}


def cors_headers(request_origin: str) -> dict:
    if request_origin not in ALLOWED:
        return {"Vary": "Origin"}
    return {
        "Access-Control-Allow-Origin": request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Vary": "Origin",
    }
