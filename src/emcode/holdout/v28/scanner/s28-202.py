import base64

import requests

CLIENT_ID = "a1f3c09e77b24f0c"
CLIENT_SECRET = "9d2b7e41c6f84a0bb1e5d3f2a7c98e10"
TOKEN_URL = "https://accounts.tunecloud.example/api/token"


def get_token():
    basic = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
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
