def cors_headers(request_origin=None):
    return {
        "Access-Control-Allow-Origin": "*" if request_origin is None else request_origin,
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST, DELETE",
    }
