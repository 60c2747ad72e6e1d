import re
from urllib.parse import quote

import requests

NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}")
API = "https://api.github.com"


def get_repo_info(owner: str, repo: str) -> dict:
    if not (NAME.fullmatch(owner) and NAME.fullmatch(repo)) or ".." in owner + repo:
        raise ValueError("bad owner/repo")
    url = f"{API}/repos/{quote(owner)}/{quote(repo)}"
    return requests.get(url, timeout=10).json()
