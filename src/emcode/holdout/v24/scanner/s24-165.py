import hmac
import os

def authorised(presented_key: str) -> bool:
    expected = os.environ.get("INGEST_KEY")
    if not expected:
        return False
    return hmac.compare_digest(presented_key.encode(), expected.encode())
