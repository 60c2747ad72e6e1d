import hmac


def authorise_device(stored_token, presented_token):
    if not presented_token:
        return False
    return hmac.compare_digest(presented_token.encode(), stored_token.encode())
