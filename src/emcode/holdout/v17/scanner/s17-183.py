def check_api_key(provided, expected):
    if provided is None:
        return False
    return provided == expected
