import random
import time

import requests


def fetch_with_retry(url="https://api.citybike.example/v2/status", attempts=5):
    for i in range(attempts):
        try:
            r = requests.get(url, timeout=5)
            r.raise_for_status()
            return r.json()
        except requests.RequestException:
            if i == attempts - 1:
                raise
            time.sleep((2 ** i) + random.uniform(0, 0.5))


if __name__ == "__main__":
    print(fetch_with_retry())
