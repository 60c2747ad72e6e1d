import requests
import defusedxml.ElementTree as DET

FEEDS = {
    "python": "https://blog.python.org/feeds/posts/default",
    "status": "https://status.example.com/history.rss",
}


def import_feed(name: str) -> list[str]:
    url = FEEDS[name]
    data = requests.get(url, timeout=10).content
    root = DET.fromstring(data)
    return [t.text or "" for t in root.iter("title")]


if __name__ == "__main__":
    for title in import_feed("status"):
        print(title)
