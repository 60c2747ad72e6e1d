import hmac
import os

API_KEY = os.environ.get("REPAIR_API_KEY", "")


def authorized(headers):
    supplied = headers.get("X-Api-Key", "")
    return bool(API_KEY) and hmac.compare_digest(supplied.encode(), API_KEY.encode())
