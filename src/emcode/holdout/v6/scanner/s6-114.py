import requests

ALLOWED_HOSTS = frozenset({"status.internal.example", "api.example.com"})

def fetch_status(host: str, path: str = "/health") -> int:
    if host not in ALLOWED_HOSTS or not path.startswith("/"):
        raise ValueError("host not allowed")
    return requests.get(f"https://{host}{path}", timeout=3).status_code
