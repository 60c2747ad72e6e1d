import httpx


def import_feed(feed_url):
    with httpx.Client(follow_redirects=True, timeout=10) as client:
        resp = client.get(feed_url)
        resp.raise_for_status()
        return resp.text
