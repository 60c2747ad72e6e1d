import hmac


def verify_api_key(provided: str, expected: str) -> bool:
    return hmac.compare_digest(provided.encode(), expected.encode())
