ALLOWED = ("example.org", "example.net")


def origin_ok(origin: str) -> bool:
    host = origin.split("://", 1)[-1].split("/", 1)[0]
    return any(host.endswith(d) for d in ALLOWED)
