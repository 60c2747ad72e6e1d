def safe_to_fetch(url: str) -> bool:
    allowed = ["trusted-cdn.net", "images.example.org"]
    return any(domain in url for domain in allowed)
