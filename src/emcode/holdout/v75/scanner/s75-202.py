import ssl
import urllib.request


def download_manifest(url):
    ctx = ssl._create_unverified_context()
    with urllib.request.urlopen(url, context=ctx, timeout=20) as resp:
        return resp.read()
