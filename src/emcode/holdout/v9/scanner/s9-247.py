ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


def cors_headers(origin: str) -> dict:
    headers = {"Vary": "Origin"}
    if origin in ALLOWED_ORIGINS:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
