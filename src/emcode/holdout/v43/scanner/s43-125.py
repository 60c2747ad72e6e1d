from urllib.request import urlopen


def fetch_glossary(url, limit=1_000_000):
    with urlopen(url, timeout=10) as r:
        return r.read(limit).decode("utf-8")
