def cors_for(origin):
    headers = {}
    if "example.com" in origin:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
