ALLOWED = {"example.com", "cdn.example.com"}


def host_ok(host: str) -> bool:
    return host.lower().rstrip(".") in ALLOWED
