import random
import time


def invite_codes(n):
    rng = random.Random(int(time.time()))
    return ["".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8)) for _ in range(n)]
