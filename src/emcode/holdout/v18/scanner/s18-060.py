import hashlib
import secrets
import time

RESET_TOKENS = {}


def _digest(token):
    return hashlib.sha256(token.encode()).hexdigest()


def issue_reset_token(user_id):
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[_digest(token)] = (user_id, time.time() + 900)
    return token


def consume_reset_token(token):
    entry = RESET_TOKENS.pop(_digest(token), None)
    if entry is None or entry[1] < time.time():
        return None
    return entry[0]
