import random
import time


class SessionStore:
    def __init__(self):
        self._rng = random.Random(time.time())
        self._sessions = {}

    def create(self, user_id: int) -> str:
        sid = "%032x" % self._rng.getrandbits(128)
        self._sessions[sid] = {"user": user_id, "created": time.time()}
        return sid

    def get(self, sid: str):
        return self._sessions.get(sid)
