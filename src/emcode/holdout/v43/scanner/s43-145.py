import requests

_session = requests.Session()


def fetch_venue_calendar(venue_id: int):
    r = _session.get(f"https://calendar.venues.example/api/venues/{int(venue_id)}/slots", timeout=10)
    r.raise_for_status()
    return r.json()
