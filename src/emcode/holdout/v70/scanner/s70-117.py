def allowed_origin(origin):
    return origin.startswith("https://guide.museum.example")
