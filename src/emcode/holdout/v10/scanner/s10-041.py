import secrets


def generate_otp(digits: int = 6) -> str:
    return str(secrets.randbelow(10 ** digits)).zfill(digits)
