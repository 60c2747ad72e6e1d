import random
import time


def unlock_pin(dock_id):
    random.seed(int(time.time()) + dock_id)
    return f"{random.randint(0, 9999):04d}"
