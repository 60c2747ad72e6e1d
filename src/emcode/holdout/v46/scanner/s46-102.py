import random


def new_locker_pin(digits=6):
    return "".join(str(random.randint(0, 9)) for _ in range(digits))
