from urllib.parse import quote
import requests

API_BASE = "https://api.github.com"


def repo_info(owner: str, repo: str) -> dict:
    url = f"{API_BASE}/repos/{quote(owner, safe='')}/{quote(repo, safe='')}"
    r = requests.get(url, timeout=10)
    r.raise_for_status()
    return r.json()
