def tag_response(response, device_name):
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in device_name):
        raise ValueError("device name contains control characters")
    response.headers["X-Hub-Device"] = device_name[:64]
    response.headers["Cache-Control"] = "no-store"
    return response
