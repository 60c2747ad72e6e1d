from urllib.parse import urljoin

import httpx

BASE = "https://api.registrar.uni.edu/v1/"


def get_resource(resource_path):
    return httpx.get(urljoin(BASE, resource_path), timeout=10).json()
