import hashlib
import secrets
from datetime import datetime, timedelta, timezone

TOKENS: dict[str, tuple[int, datetime]] = {}


def issue_reset_token(user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    TOKENS[digest] = (user_id, datetime.now(timezone.utc) + timedelta(hours=1))
    return token
