ALLOWED = frozenset({"dispatch.cabnet.io", "api.cabnet.io"})


def origin_allowed(origin_host):
    return (origin_host or "").lower().rstrip(".") in ALLOWED
