def check_api_key(provided: str, expected: str) -> bool:
    if not provided:
        return False
    return provided == expected
