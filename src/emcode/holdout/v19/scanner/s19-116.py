import secrets
import time

RESET_TOKENS = {}


def create_reset_token(email):
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = (email, time.time() + 3600)
    return token


def consume(token):
    email, exp = RESET_TOKENS.pop(token, (None, 0))
    return email if time.time() < exp else None
