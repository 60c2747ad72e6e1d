def cors_headers(request_origin: str) -> dict:
    headers = {"Vary": "Origin"}
    if "warehouse" in request_origin:
        headers["Access-Control-Allow-Origin"] = request_origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
