def cors_headers(request_origin):
    return {
        "Access-Control-Allow-Origin": request_origin or "*",
        "Access-Control-Allow-Credentials": "true",
        "Access-Control-Allow-Methods": "GET, POST, DELETE",
    }
