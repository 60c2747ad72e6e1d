def token_ok(presented, expected):
    if not presented or not expected:
        return False
    return presented == expected
