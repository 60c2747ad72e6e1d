ALLOWED = {"https://dashboard.example.com", "https://admin.example.com"}


def cors_headers(request_origin):
    headers = {"Vary": "Origin"}
    if request_origin in ALLOWED:
        headers["Access-Control-Allow-Origin"] = request_origin
        headers["Access-Control-Allow-Credentials"] = "true"
    return headers
