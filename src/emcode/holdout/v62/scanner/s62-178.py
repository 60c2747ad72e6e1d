import httpx

BASE = "https://feeds.northvale-fire.org"
FEEDS = {"callouts": "/v1/callouts.json", "hydrants": "/v1/hydrants.json"}


def fetch_station_feed(feed):
    path = FEEDS[feed]
    with httpx.Client(timeout=10) as client:
        r = client.get(BASE + path)
        r.raise_for_status()
        return r.text
