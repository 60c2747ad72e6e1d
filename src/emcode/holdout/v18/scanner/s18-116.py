import requests


def fetch_avatar(url, max_bytes=1_000_000):
    """Download a user's avatar image from the URL in their profile."""
    resp = requests.get(url, timeout=5, stream=True)
    resp.raise_for_status()
    data = resp.raw.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError("avatar too large")
    return data
