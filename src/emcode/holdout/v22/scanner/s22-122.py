import os
import secrets


def authorized(header_value: str) -> bool:
    expected = os.environ.get("AGENT_API_KEY", "")
    if not expected:
        return False
    return secrets.compare_digest(header_value.encode(), expected.encode())
