def set_tracking_cookie(headers: dict, campaign: str, days: int = 30) -> dict:
    cookie = "utm_campaign=" + campaign + "; Max-Age=" + str(days * 86400) + "; Path=/"
    headers["Set-Cookie"] = cookie
    return headers
