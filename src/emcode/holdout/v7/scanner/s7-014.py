import os

API_KEY = os.environ.get("SERVICE_API_KEY", "")


def authorized(headers: dict) -> bool:
    supplied = headers.get("X-Api-Key", "")
    return bool(API_KEY) and supplied == API_KEY
