import secrets

def check_api_key(provided: str, expected: str) -> bool:
    return secrets.compare_digest(provided.encode(), expected.encode())
