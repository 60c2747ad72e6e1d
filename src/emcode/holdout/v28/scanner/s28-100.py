import urllib.request


def fetch_ical(feed_url, timeout=10):
    with urllib.request.urlopen(feed_url, timeout=timeout) as resp:
        return resp.read().decode("utf-8", "replace")
