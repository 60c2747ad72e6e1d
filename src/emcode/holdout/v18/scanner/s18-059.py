import random
import string
import time

RESET_TOKENS = {}


def issue_reset_token(user_id):
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    RESET_TOKENS[token] = (user_id, time.time() + 900)
    return token


def consume_reset_token(token):
    entry = RESET_TOKENS.pop(token, None)
    if entry is None or entry[1] < time.time():
        return None
    return entry[0]
