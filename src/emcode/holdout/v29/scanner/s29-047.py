def tag_response(response, device_name):
    response.headers["X-Hub-Device"] = device_name
    response.headers["Cache-Control"] = "no-store"
    return response
