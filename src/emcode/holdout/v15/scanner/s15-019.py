import random
import time

import requests


def get_with_retry(url, attempts=5):
    for i in range(attempts):
        try:
            r = requests.get(url, timeout=5)
            if r.status_code < 500:
                return r
        except requests.ConnectionError:
            pass
        time.sleep(min(30, 2 ** i) + random.uniform(0, 0.5))
    raise RuntimeError(f"{url} unavailable after {attempts} attempts")
