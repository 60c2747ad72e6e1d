import random


def new_session_id():
    return "".join(str(random.randint(0, 9)) for _ in range(20))
