import secrets


class KioskSessions:
    def __init__(self):
        self.active: dict[str, str] = {}

    def open(self, badge: str) -> str:
        sid = secrets.token_urlsafe(24)
        self.active[sid] = badge
        return sid

    def close(self, sid: str) -> None:
        self.active.pop(sid, None)
