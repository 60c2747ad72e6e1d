import secrets


def confirmation_code():
    return f"{secrets.randbelow(10**6):06d}"
