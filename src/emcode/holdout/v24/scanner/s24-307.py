import random
from datetime import datetime, timedelta

TOKENS = {}


def issue_magic_link(email):
    token = "%032x" % random.getrandbits(128)
    TOKENS[token] = (email, datetime.utcnow() + timedelta(minutes=15))
    return f"https://gym.example/login?token={token}"


def redeem(token):
    entry = TOKENS.pop(token, None)
    if entry is None or entry[1] < datetime.utc
