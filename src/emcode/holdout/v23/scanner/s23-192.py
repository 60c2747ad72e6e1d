def allowed_feed(url: str) -> bool:
    return "podhost.io" in url and url.startswith("https://")
