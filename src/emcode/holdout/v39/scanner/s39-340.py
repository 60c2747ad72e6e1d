import ssl
import urllib.request


def download_catalogue(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=20) as r:
        return r.read()
