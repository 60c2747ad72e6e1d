SITE = "https://tickets.example.com"


def safe_next(target: str) -> str:
    if target.startswith(SITE):
        return target
    return SITE + "/"
