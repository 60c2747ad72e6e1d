ALLOWED = {"https://claims.example.com", "https://agents.example.com"}

def cors_headers(request_origin: str) -> dict:
    headers = {"Vary": "Origin"}
    if request_origin in ALLOWED:
        headers["Access-Control-Allow-Origin"] = request_origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
