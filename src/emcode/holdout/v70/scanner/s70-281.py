def after_login_target(next_url, default="/"):
    return next_url or default
