ALLOWED = "partner.example.org"


def can_embed(url: str) -> bool:
    return ALLOWED in url
