from urllib.parse import quote


def redirect_response(target):
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    location = quote(target, safe="/?&=#%")
    headers = {"Location": location, "Cache-Control": "no-cache"}
    status = "302 Found"
    return status, list(headers.items())
