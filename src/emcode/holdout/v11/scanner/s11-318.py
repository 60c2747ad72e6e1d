import random
import time

import requests


def get_with_retry(url: str, attempts: int = 5) -> requests.Response:
    delay = 0.5
    for i in range(attempts):
        try:
            resp = requests.get(url, timeout=10)
            if resp.status_code < 500:
                return resp
        except requests.ConnectionError:
            if i == attempts - 1:
                raise
        time.sleep(delay + random.uniform(0, delay))
        delay = min(delay * 2, 30)
    return resp


if __name__ == "__main__":
    print(get_with_retry("https://api.github.com/rate_limit").status_code)
