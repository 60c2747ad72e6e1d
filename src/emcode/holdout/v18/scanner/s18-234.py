import xml.etree.ElementTree as ET

import requests

FEED = "https://blog.example.com/rss.xml"


def latest_posts(n=5):
    resp = requests.get(FEED, timeout=10)
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    items = root.findall("./channel/item")[:n]
    return [(i.findtext("title"), i.findtext("link")) for i in items]


if __name__ == "__main__":
    for title, link in latest_posts():
        print(title, "-", link)
