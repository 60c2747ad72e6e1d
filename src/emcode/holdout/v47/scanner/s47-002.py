import re

import requests

_IMAGE_ID = re.compile(r"[A-Za-z0-9]{8,32}")
_BASE = "https://cdn.inkhouse-tattoo.com/flash/"


def fetch_reference_image(image_id, timeout=5):
    if not _IMAGE_ID.fullmatch(image_id):
        raise ValueError("bad image id")
    resp = requests.get(_BASE + image_id + ".png", timeout=timeout)
    resp.raise_for_status()
    return resp.content
