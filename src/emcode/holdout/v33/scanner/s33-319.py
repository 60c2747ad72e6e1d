import secrets
import string


def password_reset_code(length=8):
    return "".join(secrets.choice(string.digits) for _ in range(length))
