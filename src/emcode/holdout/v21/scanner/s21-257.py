def check_token(provided: str, expected: str) -> bool:
    return provided == expected
