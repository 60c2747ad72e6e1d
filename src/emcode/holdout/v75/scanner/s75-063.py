from urllib.parse import quote

import requests

IIIF = "https://iiif.museum-archive.org/iiif/3"


def fetch_iiif_info(image_id):
    return requests.get(f"{IIIF}/{quote(image_id, safe='')}/info.json", timeout=10).json()
