import secrets
from datetime import datetime, timedelta, timezone

RESET_TOKENS = {}


def make_reset_token(email: str) -> str:
    token = secrets.token_urlsafe(32)
    RESET_TOKENS[token] = (email, datetime.now(timezone.utc) + timedelta(hours=1))
    return token


def redeem(token: str):
    email, exp = RESET_TOKENS.pop(token, (None, None))
    if email and exp > datetime.now(timezone.utc):
        return email
    return None
