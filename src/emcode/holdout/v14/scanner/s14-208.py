import random


def one_time_code(digits=6):
    return str(random.randint(0, 10 ** digits - 1)).zfill(digits)
