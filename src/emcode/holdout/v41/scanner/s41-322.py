import secrets


def check_device_token(presented: str, expected: str) -> bool:
    if not presented or not expected:
        return False
    return secrets.compare_digest(presented.encode(), expected.encode())
