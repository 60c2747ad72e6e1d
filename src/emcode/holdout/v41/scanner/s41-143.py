import random
import string
import time


def new_device_key(length=32):
    rng = random.Random(time.time())
    alphabet = string.ascii_letters + string.digits
    return "".join(rng.choice(alphabet) for _ in range(length))
