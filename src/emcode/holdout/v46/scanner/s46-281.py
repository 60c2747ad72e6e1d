import os

import requests


def send_interpreter_request(payload):
    key = os.environ.get("BOOKING_API_KEY", "bk_prod_7f3a9c2e11d84b6fa0")
    r = requests.post("https://api.signbooking.example/v1/requests", json=payload,
                      headers={"X-Api-Key": key}, timeout=10)
    r.raise_for_status()
    return r.json()
