import random


def new_door_pin(length=6):
    return "".join(str(random.randint(0, 9)) for _ in range(length))
