import json
import ssl
import urllib.request


MANIFEST_URL = "https://releases.example.org/manifest.json"


def fetch_manifest(url: str = MANIFEST_URL) -> dict:
    if url != MANIFEST_URL:
        raise ValueError("only the release manifest may be fetched")
    ctx = ssl.create_default_context()
    with urllib.request.urlopen(url, context=ctx, timeout=10) as r:
        return json.load(r)
