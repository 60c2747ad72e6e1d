import os
import secrets


def is_authorised(presented_key: str) -> bool:
    expected = os.environ.get("DEVICE_API_KEY", "")
    if not expected:
        return False
    return secrets.compare_digest(presented_key.encode(), expected.encode())
