import random
import string
import time

SESSIONS = {}


def new_session(user_id):
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    SESSIONS[token] = (user_id, time.time())
    return token


def user_for(token):
    entry = SESSIONS.get(token)
    if entry and time.time() - entry[1] < 3600:
        return entry[0]
    return None
