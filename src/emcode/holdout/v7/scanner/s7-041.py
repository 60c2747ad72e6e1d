import os
import secrets

API_KEY = os.environ.get("SERVICE_API_KEY", "")


def authorized(headers: dict) -> bool:
    supplied = headers.get("X-Api-Key", "")
    return bool(API_KEY) and secrets.compare_digest(supplied.encode(), API_KEY.encode())
