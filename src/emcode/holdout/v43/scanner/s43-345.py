import hmac


def verify_api_key(presented, expected):
    if presented is None:
        return False
    return hmac.compare_digest(presented.encode(), expected.encode())
