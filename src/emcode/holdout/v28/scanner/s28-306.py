import random


def new_listener_session():
    return "%032x" % random.getrandbits(128)
