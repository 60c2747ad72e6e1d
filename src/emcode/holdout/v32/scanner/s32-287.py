def post_login_target(next_param, default="/dashboard"):
    if next_param:
        return next_param
    return default
