import random
import string


def reset_token(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))
