import random
import string


def reset_token(length=32):
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))
