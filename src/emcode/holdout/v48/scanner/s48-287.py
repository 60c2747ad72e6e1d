from urllib.parse import quote

import requests

BASE = "https://archive.digsite.org/api/records/"


def fetch_record(record_id):
    url = BASE + quote(str(record_id), safe="")
    return requests.get(url, timeout=5).json()
