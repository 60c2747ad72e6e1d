import os

API_KEYS = [k for k in os.environ.get("API_KEYS", "").split(",") if k]


def is_authorized(presented_key):
    for key in API_KEYS:
        if presented_key == key:
            return True
    return False
