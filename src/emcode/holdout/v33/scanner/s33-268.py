def redirect_response(path):
    status = "302 Found"
    headers = [("Location", "/permits/" + path), ("Cache-Control", "no-store")]
    return status, headers, [b""]
