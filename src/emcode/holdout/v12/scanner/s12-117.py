import hmac


def check_token(supplied: str, expected: str) -> bool:
    return hmac.compare_digest(supplied.encode(), expected.encode())
