TRUSTED_PREFIXES = ("https://trusted.com", "https://cdn.trusted.com")


def can_embed(url):
    return any(url.startswith(p) for p in TRUSTED_PREFIXES)
