ALLOWED_ORIGINS = frozenset({"https://dispatch.example", "https://ops.dispatch.example"})


def origin_allowed(origin):
    return origin in ALLOWED_ORIGINS
