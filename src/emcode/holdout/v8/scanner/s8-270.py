import hmac


def verify_reset_token(stored_token: str, provided: str) -> bool:
    if not stored_token or not provided:
        return False
    return hmac.compare_digest(stored_token.encode(), provided.encode())
