import secrets


def keys_match(supplied: str, actual: str) -> bool:
    return secrets.compare_digest(supplied.encode(), actual.encode())
