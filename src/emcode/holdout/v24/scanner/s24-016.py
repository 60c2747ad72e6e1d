import hashlib
import secrets
from datetime import datetime, timedelta, timezone


class ResetTokens:
    def __init__(self, store):
        self.store = store

    def issue(self, user_id: int) -> str:
        token = secrets.token_urlsafe(32)
        digest = hashlib.sha256(token.encode()).hexdigest()
        expires = datetime.now(timezone.utc) + timedelta(minutes=30)
        self.store.save(user_id=user_id, digest=digest, expires=expires)
        return token

    def redeem(self, token: str):
        digest = hashlib.sha256(token.encode()).hexdigest()
        rec = self.store.pop(digest)
        if rec is None or rec.expires < datetime.now(timezone.utc):
            return None
        return rec.user_id
