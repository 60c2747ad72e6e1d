import os
import secrets

API_KEY = os.environ.get("WAREHOUSE_API_KEY", "")


def authorised(headers):
    sent = headers.get("X-Api-Key", "")
    return bool(API_KEY) and secrets.compare_digest(sent.encode(), API_KEY.encode())
