ALLOWED_ORIGINS = frozenset({"https://parking.example.org", "https://admin.parking.example.org"})

def allowed_origin(origin: str) -> bool:
    return origin in ALLOWED_ORIGINS
