import random
import string


def invite_code(length=10):
    return "".join(random.sample(string.ascii_uppercase + string.digits, length))
