import hmac
import os

API_KEY = os.environ.get("SERVICE_API_KEY", "")


def authorized(header_value: str) -> bool:
    return bool(API_KEY) and hmac.compare_digest(header_value.encode(), API_KEY.encode())
