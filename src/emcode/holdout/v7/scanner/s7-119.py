from urllib.parse import urljoin
import requests

CDN_BASE = "https://cdn.example.net/img/"


def proxy_image(path):
    target = urljoin(CDN_BASE, path)
    r = requests.get(target, timeout=5)
    return r.content, r.headers.get("Content-Type", "application/octet-stream")
