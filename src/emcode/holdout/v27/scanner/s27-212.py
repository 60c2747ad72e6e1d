import random
import string


def reset_token(n=24):
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(n))
