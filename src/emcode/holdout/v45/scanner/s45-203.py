import random


def reset_token():
    return "%032x" % random.getrandbits(128)
