import random
import string
from datetime import datetime, timedelta

RESET_TOKENS = {}


def make_reset_token(email: str) -> str:
    alphabet = string.ascii_letters + string.digits
    token = "".join(random.choice(alphabet) for _ in range(24))
    RESET_TOKENS[token] = (email, datetime.utcnow() + timedelta(hours=1))
    return token


def redeem(token: str):
    email, exp = RESET_TOKENS.pop(token, (None, None))
    if email and exp > datetime.utcnow():
        return email
    return None
