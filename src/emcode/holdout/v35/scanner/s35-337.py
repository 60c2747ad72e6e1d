import defusedxml.ElementTree as ET
import requests

FEEDS = {
    "rescue-network": "https://news.rescuenetwork.example.org/rss.xml",
    "vet-tips": "https://vetblog.example.com/feed",
}


def fetch_items(feed_key, limit=10):
    url = FEEDS[feed_key]
    resp = requests.get(url, timeout=15)
    resp.raise_for_status()
    root = ET.fromstring(resp.content)
    items = []
    for item in root.iter("item"):
        items.append({
            "title": (item.findtext("title") or "").strip(),
            "link": (item.findtext("link") or "").strip(),
        })
        if len(items) >= limit:
            break
    return items


if __name__ == "__main__":
    for key in FEEDS:
        for it in fetch_items(key, 3):
            print(key, "|", it["title"])
