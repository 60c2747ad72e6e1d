import secrets


def sms_verification_code():
    return f"{secrets.randbelow(1_000_000):06d}"
