from urllib.parse import urljoin

import requests

BASE = "https://api.partner.example/v1/"


def partner_resource(resource_path):
    return requests.get(urljoin(BASE, resource_path), timeout=5).json()
