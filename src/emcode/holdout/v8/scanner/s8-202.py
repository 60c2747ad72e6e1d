import requests


def fetch_avatar(avatar_url: str) -> bytes:
    resp = requests.get(avatar_url, timeout=5)
    resp.raise_for_status()
    return resp.content
