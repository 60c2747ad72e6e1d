def redirect_response(target):
    headers = {"Location": target, "Cache-Control": "no-cache"}
    status = "302 Found"
    return status, list(headers.items())
