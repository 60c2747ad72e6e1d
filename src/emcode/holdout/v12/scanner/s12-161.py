from urllib.parse import quote


def set_tracking_cookie(headers: dict, campaign: str, days: int = 30) -> dict:
    value = quote(campaign, safe="")
    headers["Set-Cookie"] = f"utm_campaign={value}; Max-Age={int(days) * 86400}; Path=/; Secure; SameSite=Lax"
    return headers
