ALLOWED = frozenset({"https://app.example.com"})


def add_cors(headers: dict, origin: str) -> dict:
    if origin in ALLOWED:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
        headers["Vary"] = "Origin"
    return headers
