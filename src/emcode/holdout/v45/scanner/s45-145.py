import random
import time


def door_code(length=6):
    rng = random.Random(time.time())
    return "".join(str(rng.randint(0, 9)) for _ in range(length))
