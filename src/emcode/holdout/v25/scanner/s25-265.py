import requests


def fetch_avatar(url: str) -> bytes:
    """Download the avatar image the user pointed us to."""
    resp = requests.get(url, timeout=5)
    resp.raise_for_status()
    return resp.content
