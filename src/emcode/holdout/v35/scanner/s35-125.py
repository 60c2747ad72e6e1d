from urllib.parse import urljoin

import requests

API_BASE = "https://api.printhouse.example.com/v1/"


def provider_get(path, token):
    url = urljoin(API_BASE, path)
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10).json()
