import hmac


def check_api_key(presented, expected):
    if not presented:
        return False
    return hmac.compare_digest(presented.encode(), expected.encode())
