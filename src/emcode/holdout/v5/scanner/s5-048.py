import random

def one_time_code(digits=6):
    return str(random.randrange(10 ** digits)).zfill(digits)
