import hmac


def verify_reset_token(stored_token, presented):
    return bool(presented) and hmac.compare_digest(presented.encode(), stored_token.encode())
