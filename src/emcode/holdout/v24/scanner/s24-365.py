def allowed_origin(origin):
    return "parking.example.org" in origin
