import httpx

BASE = "https://api.internal.example"

def proxy_get(path: str) -> dict:
    url = BASE + path
    return httpx.get(url, timeout=5).json()
