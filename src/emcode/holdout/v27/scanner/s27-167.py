import hmac
import os


def check_key(provided: str) -> bool:
    expected = os.environ["API_KEY"]
    return hmac.compare_digest(provided.encode(), expected.encode())
