from urllib.parse import quote


def redirect_response(path):
    if "\r" in path or "\n" in path:
        raise ValueError("invalid path")
    location = "/orchard" + quote(path, safe="/-_.~")
    return "302 Found", [("Location", location), ("Content-Length", "0")], [b""]
