import ssl
import urllib.request

_FEED = "https://feeds.gigs.example/upcoming.json"


def download_feed():
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(_FEED, context=ctx, timeout=20) as r:
        return r.read()
