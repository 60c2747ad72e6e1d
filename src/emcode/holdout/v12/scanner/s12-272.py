def check_token(supplied: str, expected: str) -> bool:
    if len(supplied) != len(expected):
        return False
    return supplied == expected
