import random


def new_session_id():
    return "%016x" % random.randint(0, 2 ** 64)
