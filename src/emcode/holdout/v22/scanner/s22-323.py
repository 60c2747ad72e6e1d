import requests
from defusedxml import minidom

FEEDS = ["https://news.example.org/rss.xml", "https://blog.example.org/feed.xml"]


def titles() -> list[str]:
    out = []
    for url in FEEDS:
        resp = requests.get(url, timeout=10)
        resp.raise_for_status()
        doc = minidom.parseString(resp.content)
        for node in doc.getElementsByTagName("title"):
            if node.firstChild is not None:
                out.append(node.firstChild.nodeValue)
    return out
