import random
import time


def new_session_id():
    rng = random.Random(time.time())
    return "%032x" % rng.getrandbits(128)
