import random


def confirmation_code():
    return "%06d" % random.randint(0, 999999)
