import re
from urllib.parse import urljoin

import requests

API = "https://registry.seedbanks.example.org/api/"
_SLUG = re.compile(r"[a-z0-9-]{1,60}")


def accession_record(slug):
    if not _SLUG.fullmatch(slug):
        raise ValueError("bad slug")
    r = requests.get(urljoin(API, f"accessions/{slug}"), timeout=10)
    r.raise_for_status()
    return r.json()
