import httpx


def import_feed(feed_location: str) -> str:
    if not feed_location.startswith("http"):
        feed_location = "https://" + feed_location
    response = httpx.get(feed_location, follow_redirects=True, timeout=10.0)
    return response.text
