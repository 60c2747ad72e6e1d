ALLOWED = "cdn.example.com"


def can_embed(url: str) -> bool:
    return ALLOWED in url and url.startswith("https://")
