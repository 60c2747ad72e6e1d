def check_callback(url: str) -> bool:
    return url.startswith("https://good.com")
