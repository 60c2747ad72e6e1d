def verify_token(presented, expected):
    if presented is None:
        return False
    return presented == expected
