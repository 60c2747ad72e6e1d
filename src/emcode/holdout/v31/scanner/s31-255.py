import json
import urllib.request


def load_artwork_manifest(manifest_url):
    with urllib.request.urlopen(manifest_url, timeout=15) as resp:
        return json.loads(resp.read().decode("utf-8"))
