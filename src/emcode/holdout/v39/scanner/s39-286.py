from urllib.parse import quote

import requests

BASE = "https://feeds.podhost.example/shows/"


def fetch_feed(slug, timeout=10):
    r = requests.get(BASE + quote(slug, safe="") + "/rss", timeout=timeout)
    r.raise_for_status()
    return r.content
