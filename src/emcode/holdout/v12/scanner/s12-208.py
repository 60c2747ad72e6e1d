def allowed_origin(origin: str) -> bool:
    return origin.startswith("https://") and "example.org" in origin
