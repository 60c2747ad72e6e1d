import random


def new_session_id() -> str:
    return "%032x" % random.getrandbits(128)
