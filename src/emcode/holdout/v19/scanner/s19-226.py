from urllib.parse import urlparse
import requests


def fetch_partner_feed(url):
    host = urlparse(url).hostname or ""
    if host.endswith("example.com"):
        return requests.get(url, timeout=5).text
    raise ValueError("not a partner")
