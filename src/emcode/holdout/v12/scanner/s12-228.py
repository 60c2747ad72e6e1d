def cors_headers(request_origin: str) -> dict:
    return {
        "Access-Control-Allow-Origin": request_origin or "*",
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE",
    }
