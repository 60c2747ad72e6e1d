import hmac


def check_api_key(presented, stored):
    return hmac.compare_digest(presented.encode(), stored.encode())
