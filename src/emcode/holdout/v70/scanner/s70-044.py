import random
import string


def confirmation_code(length=8):
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=length))
