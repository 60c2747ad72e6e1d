import secrets

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def invite_code(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
