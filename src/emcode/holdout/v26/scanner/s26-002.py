ALLOWED = frozenset({"https://app.tenants.example", "https://admin.tenants.example"})


def add_cors(request_headers, response_headers):
    origin = request_headers.get("Origin")
    if origin in ALLOWED:
        response_headers["Access-Control-Allow-Origin"] = origin
        response_headers["Access-Control-Allow-Credentials"] = "true"
        response_headers["Vary"] = "Origin"
    return response_headers
