import secrets


def pickup_code():
    return f"{secrets.randbelow(1_000_000):06d}"
