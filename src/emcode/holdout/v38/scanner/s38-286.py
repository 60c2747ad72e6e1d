import hmac


def check_gate_token(presented, expected):
    return hmac.compare_digest(presented.encode(), expected.encode())
