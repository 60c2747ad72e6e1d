SUFFIXES = ["ferrylines.com", "ferrylines.net"]


def origin_allowed(origin: str) -> bool:
    origin = origin.lower().rstrip("/")
    return any(origin.endswith(s) for s in SUFFIXES)
