def check_api_key(given, expected):
    return given == expected
