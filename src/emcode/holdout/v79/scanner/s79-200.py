import secrets

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def invite_codes(n):
    return ["".join(secrets.choice(ALPHABET) for _ in range(10)) for _ in range(n)]
