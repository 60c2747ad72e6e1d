import random
import time


def with_retry(fn, attempts=5, base=0.5):
    for i in range(attempts):
        try:
            return fn()
        except ConnectionError:
            if i == attempts - 1:
                raise
            time.sleep(base * (2 ** i) + random.uniform(0, 0.25))


def sample_readings(readings, k=100):
    return random.sample(readings, min(k, len(readings)))
