def check_api_key(presented, expected):
    if not presented:
        return False
    return presented == expected
