def post_login_target(next_url, default="/"):
    if next_url:
        return next_url
    return default
