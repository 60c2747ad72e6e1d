def origin_allowed(origin):
    return origin.startswith("https://dispatch.example")
