import requests


def download_image(url: str) -> bytes:
    """Return the bytes of the image at url."""
    resp = requests.get(url, timeout=10)
    resp.raise_for_status()
    return resp.content
