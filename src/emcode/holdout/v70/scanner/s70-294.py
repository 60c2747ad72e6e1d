import hmac
import os


def authorised(presented_key):
    expected = os.environ.get("tramdepot_API_KEY".upper(), "")
    return bool(expected) and hmac.compare_digest(presented_key.encode(), expected.encode())
