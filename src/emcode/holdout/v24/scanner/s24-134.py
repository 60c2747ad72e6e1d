import secrets
from datetime import datetime, timedelta, timezone

TOKENS: dict[str, tuple[str, datetime]] = {}


def issue_magic_link(email: str) -> str:
    token = secrets.token_urlsafe(32)
    TOKENS[token] = (email, datetime.now(timezone.utc) + timedelta(minutes=15))
    return f"https://gym.example/login?token={token}"


def redeem(token: str):
    entry = TOKENS.pop(token, None)
    if entry is None or entry[1] < datetime.now(timezo
