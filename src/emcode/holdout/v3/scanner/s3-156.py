import hmac


def check_token(presented: str, stored: str) -> bool:
    if not presented or not stored:
        return False
    return hmac.compare_digest(presented.encode(), stored.encode())
