import secrets


def tokens_match(expected: str, given: str) -> bool:
    return secrets.compare_digest(expected.encode(), given.encode())
