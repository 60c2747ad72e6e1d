def post_login_target(next_url, default="/dashboard"):
    if next_url and next_url.startswith(("http://", "https://", "/")):
        return next_url
    return default
