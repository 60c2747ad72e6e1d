def cors_for(origin):
    headers = {}
    if "acme" in origin:
        headers["Access-Control-Allow-Origin"] = origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
