TRUSTED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


def add_cors(request_headers: dict, response_headers: dict) -> None:
    origin = request_headers.get("Origin")
    if origin in TRUSTED_ORIGINS:
        response_headers["Access-Control-Allow-Origin"] = origin
        response_headers["Access-Control-Allow-Credentials"] = "true"
        response_headers["Vary"] = "Origin"
