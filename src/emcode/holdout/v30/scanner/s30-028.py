import os

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def make_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Token {os.environ['HOSTING_API_TOKEN']}"
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    return s


def upload_stats(episodes):
    with make_session() as s:
        r = s.post("https://api.podhost.io/v2/stats", json={"episodes": episodes}, timeout=30)
        r.raise_for_status()
        return r.json()


if __name__ == "__main__":
    print(upload_stats([{"id": 1, "downloads": 231}]))
