import requests


def fetch_avatar(avatar_url, max_bytes=1_000_000):
    resp = requests.get(avatar_url, timeout=5)
    resp.raise_for_status()
    return resp.content[:max_bytes]
