import ssl
import urllib.request


def fetch(url: str) -> bytes:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    with urllib.request.urlopen(url, context=ctx, timeout=10) as r:
        return r.read()
