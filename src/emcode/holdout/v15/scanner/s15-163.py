def safe_next(url, default="/"):
    if url and url.startswith("/"):
        return url
    return default
