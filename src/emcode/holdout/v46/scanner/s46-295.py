import requests


def send_interpreter_request(payload, api_key):
    r = requests.post("https://api.signbooking.example/v1/requests", json=payload,
                      headers={"X-Api-Key": api_key}, timeout=10)
    r.raise_for_status()
    return r.json()
