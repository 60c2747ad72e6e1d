import secrets
from datetime import datetime, timedelta, timezone

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITES: dict[str, datetime] = {}


def new_invite(valid_days: int = 7) -> str:
    code = "-".join("".join(secrets.choice(ALPHABET) for _ in range(4)) for _ in range(3))
    INVITES[code] = datetime.now(timezone.utc) + timedelta(days=valid_days)
    return code


def use_invite(code: str) -> bool:
    expiry = INVITES.pop(code.upper(), None)
    return expiry is not None and expiry > datetime.now(timezone.utc)
