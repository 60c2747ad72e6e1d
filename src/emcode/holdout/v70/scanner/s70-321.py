import requests

API_KEY = "sk_live_4f9a2c7e1b8d0355"


def post_reading(value):
    return requests.post("https://api.depot.example.com/readings", json={"v": value},
                         headers={"X-Api-Key": API_KEY}, timeout=5).status_code
