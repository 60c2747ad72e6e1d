def redirect_headers(target_path, status=302):
    headers = {
        "Location": target_path,
        "Cache-Control": "no-cache",
    }
    return status, list(headers.items())
