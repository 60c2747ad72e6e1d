import random
import string


def new_api_key(length=32):
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choices(alphabet, k=length))
