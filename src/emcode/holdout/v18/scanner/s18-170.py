ALLOWED = {"https://dash.example.com", "https://admin.example.com"}


def cors_headers(request_origin):
    if request_origin in ALLOWED:
        return {
            "Access-Control-Allow-Origin": request_origin,
            "Access-Control-Allow-Credentials": "true",
            "Vary": "Origin",
        }
    return {"Access-Control-Allow-Origin": "*"}
