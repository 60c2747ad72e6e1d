def allowed_origin(origin):
    return "example.com" in origin
