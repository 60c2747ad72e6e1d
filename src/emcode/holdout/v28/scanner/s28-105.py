import urllib.request
from urllib.parse import quote

PORTAL = "https://calendar.schoolportal.example/feeds/"


def fetch_ical(feed_id, timeout=10):
    url = PORTAL + quote(str(feed_id), safe="") + ".ics"
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.read(2_000_000).decode("utf-8", "replace")
