import random
import string
import time

RESET_TOKENS = {}


def create_reset_token(email):
    token = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))
    RESET_TOKENS[token] = (email, time.time() + 3600)
    return token


def consume(token):
    email, exp = RESET_TOKENS.pop(token, (None, 0))
    return email if time.time() < exp else None
