from urllib.parse import urljoin
import httpx

API_BASE = "https://internal-api.local/v1/"


def call_api(endpoint: str, params: dict | None = None):
    url = urljoin(API_BASE, endpoint)
    return httpx.get(url, params=params, timeout=5).json()
