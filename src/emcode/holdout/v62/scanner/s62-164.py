def redirect_response(path):
    status = "302 Found"
    headers = [("Location", "/orchard" + path), ("Content-Length", "0")]
    return status, headers, [b""]
