import random
import time

random.seed(time.time())


def new_session_id():
    return "%032x" % random.getrandbits(128)
