import ssl
import urllib.request


def fetch_json(url: str) -> str:
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as r:
        return r.read().decode()
