def add_cors(request_headers, response_headers):
    origin = request_headers.get("Origin")
    if origin:
        response_headers["Access-Control-Allow-Origin"] = origin
        response_headers["Access-Control-Allow-Credentials"] = "true"
    return response_headers
