import random
import time


def unlock_code():
    rng = random.Random(int(time.time()))
    return f"{rng.randint(0, 999999):06d}"
