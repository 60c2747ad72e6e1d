import random
import time


def door_pin(room_number):
    random.seed(int(time.time()) + int(room_number))
    return f"{random.randint(0, 999999):06d}"
