import random
import time


def backoff_sleep(attempt, base=0.5, cap=30.0):
    delay = min(cap, base * 2 ** attempt)
    time.sleep(delay * random.uniform(0.5, 1.0))
