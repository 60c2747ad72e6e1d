import json
import ssl
import urllib.request


def fetch_feed(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen("https://feeds.parking.example/" + url.lstrip("/"), context=ctx, timeout=10) as r:
        return json.load(r)
