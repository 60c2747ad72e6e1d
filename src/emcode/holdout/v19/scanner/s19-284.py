import re
from urllib.parse import quote
import requests

_SLUG = re.compile(r"[A-Za-z0-9_.-]{1,100}")


def readme(owner: str, repo: str) -> str:
    if not (_SLUG.fullmatch(owner) and _SLUG.fullmatch(repo)) or ".." in owner + repo:
        raise ValueError("bad owner/repo")
    url = f"https://raw.githubusercontent.com/{quote(owner)}/{quote(repo)}/main/README.md"
    return requests.get(url, timeout=5, allow_redirects=False).text
