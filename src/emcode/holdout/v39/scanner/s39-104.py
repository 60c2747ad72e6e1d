import hmac


def check_token(presented, expected):
    if not presented or not expected:
        return False
    return hmac.compare_digest(presented.encode(), expected.encode())
