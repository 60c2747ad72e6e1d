import secrets
import string

_ALPHABET = string.ascii_uppercase + string.digits


def invite_code(length: int = 10) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))
