def add_cors(headers: dict) -> dict:
    headers["Access-Control-Allow-Origin"] = "*"
    headers["Access-Control-Allow-Credentials"] = "true"
    headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
    return headers
