import json
import urllib.request
from urllib.parse import urlsplit

IIIF_HOST = "iiif.museum.example.org"


def load_artwork_manifest(manifest_url):
    parts = urlsplit(manifest_url)
    if parts.scheme != "https" or parts.hostname != IIIF_HOST or parts.port not in (None, 443):
        raise ValueError("manifest must come from the museum IIIF server")
    with urllib.request.urlopen(manifest_url, timeout=15) as resp:
        return json.loads(resp.read().decode("utf-8"))
