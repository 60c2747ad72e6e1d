import requests
import feedparser


def import_feed(feed_url: str) -> list[str]:
    resp = requests.get(feed_url, timeout=15, allow_redirects=True)
    parsed = feedparser.parse(resp.content)
    return [e.get("title", "") for e in parsed.entries]
