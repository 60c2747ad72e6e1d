ALLOWED_ORIGINS = frozenset({"https://shop.example.com", "https://admin.example.com"})


def apply_cors(request_headers: dict, response_headers: dict) -> dict:
    origin = request_headers.get("Origin", "")
    if origin in ALLOWED_ORIGINS:
        response_headers["Access-Control-Allow-Origin"] = origin
        response_headers["Access-Control-Allow-Credentials"] = "true"
        response_headers["Vary"] = "Origin"
    return response_headers
