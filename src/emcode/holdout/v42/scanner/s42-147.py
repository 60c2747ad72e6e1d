def redirect_response(location, status=302):
    headers = {"Location": location, "Cache-Control": "no-store"}
    return status, headers, b""
