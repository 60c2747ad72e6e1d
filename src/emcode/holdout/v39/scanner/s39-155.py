def check_token(presented, expected):
    if not presented or not expected:
        return False
    return presented == expected
