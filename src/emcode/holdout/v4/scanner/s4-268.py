ALLOWED_DOMAINS = ("corp.com", "corp.co.uk")


def can_self_register(email: str) -> bool:
    return email.lower().endswith(ALLOWED_DOMAINS)
