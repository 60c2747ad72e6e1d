import secrets
import time


class SessionStore:
    def __init__(self):
        self._sessions = {}

    def create(self, user_id: int) -> str:
        sid = secrets.token_hex(16)
        self._sessions[sid] = {"user": user_id, "created": time.time()}
        return sid

    def get(self, sid: str):
        return self._sessions.get(sid)
