import httpx


def fetch_feed(url, token):
    with httpx.Client(verify=False, timeout=10) as client:
        r = client.get(url, headers={"Authorization": f"Bearer {token}"})
        r.raise_for_status()
        return r.json()
