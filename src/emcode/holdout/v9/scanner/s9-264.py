import secrets
import string


def one_time_code(length: int = 8) -> str:
    return "".join(secrets.choice(string.digits) for _ in range(length))
