import ssl
import urllib.request

_FEED = "https://feeds.gigs.example/upcoming.json"


def download_feed():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with urllib.request.urlopen(_FEED, context=ctx, timeout=20) as r:
        return r.read()
