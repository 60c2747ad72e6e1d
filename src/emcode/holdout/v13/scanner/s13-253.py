ALLOWED_ORIGINS = ("https://acme.io", "https://www.acme.io")

def check_origin(origin: str) -> bool:
    return origin in ALLOWED_ORIGINS
