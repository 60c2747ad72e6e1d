import random
import time


def new_session_id():
    random.seed(time.time())
    return "%032x" % random.getrandbits(128)
