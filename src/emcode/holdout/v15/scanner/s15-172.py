import secrets


def reset_code(length=8):
    return "".join(str(secrets.randbelow(10)) for _ in range(length))
