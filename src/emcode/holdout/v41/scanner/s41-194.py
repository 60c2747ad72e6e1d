def check_device_token(presented: str, expected: str) -> bool:
    if not presented or not expected:
        return False
    return presented == expected
