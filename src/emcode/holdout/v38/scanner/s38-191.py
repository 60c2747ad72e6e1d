import ssl
import urllib.request


def fetch_firmware(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=30) as r:
        return r.read()
