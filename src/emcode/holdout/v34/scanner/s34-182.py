import hmac
import os

EXPECTED = os.environ.get("INGEST_KEY", "")


def authorized(presented_key: str) -> bool:
    return bool(EXPECTED) and hmac.compare_digest(presented_key.encode(), EXPECTED.encode())
