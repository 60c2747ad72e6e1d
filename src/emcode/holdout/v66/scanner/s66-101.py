import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


def make_session(token):
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    s.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    return s
