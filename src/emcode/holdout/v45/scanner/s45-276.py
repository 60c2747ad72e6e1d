def allowed_origin(origin):
    return "escapehq.example" in origin
