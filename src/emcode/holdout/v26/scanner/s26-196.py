def allowed_callback(url: str) -> bool:
    return "trusted.org" in url and url.startswith("https://")
