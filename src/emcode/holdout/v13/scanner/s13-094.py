import requests
import defusedxml.ElementTree as DET

FEEDS = ["https://blog.python.org/feeds/posts/default?alt=rss"]

def titles():
    out = []
    for url in FEEDS:
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
        root = DET.fromstring(resp.content)
        out += [t.text for t in root.iter("title")]
    return out
