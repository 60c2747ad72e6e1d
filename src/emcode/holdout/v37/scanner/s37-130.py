from urllib.parse import urljoin

import requests

API = "https://registry.seedbanks.example.org/api/"


def accession_record(path):
    r = requests.get(urljoin(API, path), timeout=10)
    r.raise_for_status()
    return r.json()
