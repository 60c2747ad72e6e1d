ALLOWED = {"https://shop.example.com", "null"}


def apply_cors(origin: str, headers: dict) -> dict:
    if origin in ALLOWED:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
