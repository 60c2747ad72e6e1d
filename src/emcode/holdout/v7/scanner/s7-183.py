ALLOWED = ["accounts.example.org", "shop.example.org"]


def safe_next(url, default="/"):
    for allowed in ALLOWED:
        if allowed in url:
            return url
    return default
