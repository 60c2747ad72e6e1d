def allowed_redirect(target_url: str) -> bool:
    return "inkhouse-tattoo.com" in target_url
