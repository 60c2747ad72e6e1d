import secrets


def token_ok(presented, expected):
    if not presented or not expected:
        return False
    return secrets.compare_digest(presented.encode(), expected.encode())
