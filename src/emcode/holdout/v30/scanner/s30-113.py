import os

API_KEY = os.environ.get("WAREHOUSE_API_KEY", "")


def authorised(headers):
    return headers.get("X-Api-Key") == API_KEY and API_KEY != ""
