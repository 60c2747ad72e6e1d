import random
import time
import requests


def fetch_with_retry(url, attempts=5):
    for i in range(attempts):
        try:
            return requests.get(url, timeout=10)
        except requests.ConnectionError:
            time.sleep((2 ** i) + random.uniform(0, 1))
    raise RuntimeError("gave up on " + url)
