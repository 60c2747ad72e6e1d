import random
import time


def make_session_id(user_id):
    random.seed(time.time())
    return f"{user_id}-{random.getrandbits(64):016x}"
