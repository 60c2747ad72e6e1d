import requests


def fetch_avatar(url: str, max_bytes: int = 1_000_000) -> bytes:
    resp = requests.get(url, timeout=5, stream=True)
    resp.raise_for_status()
    return resp.raw.read(max_bytes)
