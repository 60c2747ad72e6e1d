def add_cors(request_headers: dict, response_headers: dict) -> None:
    origin = request_headers.get("Origin")
    if origin:
        response_headers["Access-Control-Allow-Origin"] = origin
        response_headers["Access-Control-Allow-Credentials"] = "true"
