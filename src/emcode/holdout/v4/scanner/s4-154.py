ALLOWED_DOMAINS = {"corp.com", "corp.co.uk"}


def can_self_register(email: str) -> bool:
    local, sep, domain = email.strip().lower().rpartition("@")
    return bool(sep and local) and domain in ALLOWED_DOMAINS
