def next_url(target, default="/"):
    if target and target.startswith("/"):
        return target
    return default
