import base64
import os

import requests

TOKEN_URL = "https://accounts.tunecloud.example/api/token"


def get_token():
    client_id = os.environ["TUNECLOUD_CLIENT_ID"]
    client_secret = os.environ["TUNECLOUD_CLIENT_SECRET"]
    basic = base64.b64encode(f"{client_id}:{client_secret}".encode()).decode()
    resp = requests.post(TOKEN_URL, data={"grant_type": "client_credentials"},
                         headers={"Authorization": f"Basic {basic}"}, timeout=10)
    resp.raise_for_status()
    return resp.json()["access_token"]


def new_releases(country="US"):
    r = requests.get("https://api.tunecloud.example/v1/browse/new-releases",
                     headers={"Authorization": f"Bearer {get_token()}"}, params={"country": country}, timeout=10)
    r.raise_for_status()
    return [a["name"] for a in r.json()["albums"]["items"]]


if __name__ == "__main__":
    print("\n".join(new_releases()))
