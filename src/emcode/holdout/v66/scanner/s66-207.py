import re
from urllib.parse import urlsplit

import requests

TRUSTED = ["tides.example.org", "met.glacier-net.example"]
TRUSTED_RX = re.compile("|".join(re.escape(h) for h in TRUSTED))


def fetch(url: str) -> dict:
    parts = urlsplit(url)
    if parts.scheme != "https" or not TRUSTED_RX.fullmatch(parts.hostname or ""):
        raise ValueError("untrusted source")
    r = requests.get(url, timeout=10, allow_redirects=False)
    r.raise_for_status()
    return r.json()


if __name__ == "__main__":
    import sys
    print(fetch(sys.argv[1]))
