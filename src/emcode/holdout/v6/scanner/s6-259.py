from urllib.parse import urlsplit
import requests

CDN = "cdn.example.com"

def download_image(image_url: str) -> bytes:
    u = urlsplit(image_url)
    if u.scheme != "https" or u.hostname != CDN or u.port not in (None, 443):
        raise ValueError("image must come from the CDN")
    r = requests.get(image_url, timeout=10, allow_redirects=False)
    r.raise_for_status()
    return r.content
