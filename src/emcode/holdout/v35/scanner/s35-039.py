import requests


def fetch_avatar(image_url, max_bytes=2_000_000):
    resp = requests.get(image_url, timeout=10, stream=True)
    resp.raise_for_status()
    data = resp.raw.read(max_bytes + 1, decode_content=True)
    if len(data) > max_bytes:
        raise ValueError("image too large")
    return data
