def post_login_target(next_url, default="/dashboard"):
    return next_url if next_url else default
