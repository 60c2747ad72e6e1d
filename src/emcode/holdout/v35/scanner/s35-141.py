import os

API_KEY = os.environ.get("REPAIR_API_KEY", "")


def authorized(headers):
    supplied = headers.get("X-Api-Key", "")
    return bool(API_KEY) and supplied == API_KEY
