TRUSTED_ORIGIN = "https://app.example.com"


def origin_allowed(origin):
    return origin.startswith(TRUSTED_ORIGIN)
