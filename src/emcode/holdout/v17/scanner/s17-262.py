import hashlib
import secrets
from datetime import datetime, timedelta, timezone

RESET_TOKENS: dict[str, tuple[str, datetime]] = {}


def create_reset_token(email: str) -> str:
    token = secrets.token_urlsafe(32)
    key = hashlib.sha256(token.encode()).hexdigest()
    RESET_TOKENS[key] = (email, datetime.now(timezone.utc) + timedelta(hours=1))
    return token


def redeem(token: str):
    key = hashlib.sha256(token.encode()).hexdigest()
    entry = RESET_TOKENS.pop(key, None)
    if entry is None or entry[1] < datetime.now(timezone.utc):
        return None
    return entry[0]
