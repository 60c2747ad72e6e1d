import hashlib


def check_password(stored_hex: str, attempt: str) -> bool:
    return hashlib.sha1(attempt.encode("utf-8")).hexdigest() == stored_hex
