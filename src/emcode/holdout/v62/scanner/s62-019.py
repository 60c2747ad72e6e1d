import httpx


def fetch_station_feed(base, feed):
    with httpx.Client(timeout=10) as client:
        r = client.get(base.rstrip("/") + "/" + feed)
        r.raise_for_status()
        return r.text
