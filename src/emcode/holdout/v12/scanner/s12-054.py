import random


def new_session_id(user_id):
    return "%d-%016x" % (user_id, random.randint(0, 2 ** 64))
