import random


def pickup_code():
    return f"{random.randint(0, 999999):06d}"
