import requests


def get_repo_info(host: str, owner: str, repo: str) -> dict:
    url = "https://" + host + "/api/v3/repos/" + owner + "/" + repo
    return requests.get(url, timeout=10).json()
