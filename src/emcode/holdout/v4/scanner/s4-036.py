import re
from urllib.parse import quote
import requests

API = "https://api.github.com"
_NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}")


def get_user_repo(owner: str, repo: str) -> dict:
    if not (_NAME.fullmatch(owner) and _NAME.fullmatch(repo)) or ".." in owner + repo:
        raise ValueError("bad owner or repo name")
    url = f"{API}/repos/{quote(owner, safe='')}/{quote(repo, safe='')}"
    return requests.get(url, timeout=10).json()
