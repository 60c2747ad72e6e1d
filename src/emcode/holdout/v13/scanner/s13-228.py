def post_login_target(params: dict, default="/") -> str:
    nxt = params.get("next")
    return nxt if nxt else default
