import re
import requests

REPO_RE = re.compile(r"[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}")


def latest_release(repo: str) -> str:
    if not REPO_RE.fullmatch(repo) or ".." in repo:
        raise ValueError(f"{repo!r} is not owner/name")
    r = requests.get(f"https://api.github.com/repos/{repo}/releases/latest", timeout=10)
    r.raise_for_status()
    return r.json()["tag_name"]
