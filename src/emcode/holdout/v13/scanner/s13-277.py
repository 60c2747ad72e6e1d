def post_login_target(params: dict, default: str = "/") -> str:
    nxt = params.get("next") or ""
    if nxt.startswith("/") and not nxt.startswith("//") and "\\" not in nxt:
        return nxt
    return default
