from urllib.parse import urljoin

import requests

BASE = "https://archive.digsite.org/api/"


def fetch_record(record_path):
    url = urljoin(BASE, record_path)
    return requests.get(url, timeout=5).json()
