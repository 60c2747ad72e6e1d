import os
import secrets


def check_api_key(presented: str) -> bool:
    expected = os.environ["SERVICE_API_KEY"]
    return secrets.compare_digest(presented.encode(), expected.encode())
