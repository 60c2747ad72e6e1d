import secrets


def verify_otp(code: str, expected: str) -> bool:
    return secrets.compare_digest(code.strip(), expected)
