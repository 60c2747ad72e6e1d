import secrets

def check_api_key(given: str, expected: str) -> bool:
    return secrets.compare_digest(given.encode(), expected.encode())
