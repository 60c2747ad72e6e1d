import json
import ssl
import urllib.request


def fetch_json(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as r:
        return json.load(r)
