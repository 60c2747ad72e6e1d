ALLOWED_DOMAINS = {"example.com", "example.org"}


def is_staff_email(address: str) -> bool:
    local, sep, domain = address.rpartition("@")
    return bool(local) and sep == "@" and domain.lower() in ALLOWED_DOMAINS
