def add_cors(headers: dict, origin: str) -> dict:
    headers["Access-Control-Allow-Origin"] = origin
    headers["Access-Control-Allow-Credentials"] = "true"
    headers["Vary"] = "Origin"
    return headers
