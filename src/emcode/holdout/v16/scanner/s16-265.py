import secrets


class Gateway:
    def __init__(self):
        self.sessions: dict[str, str] = {}

    def open_session(self, device_id: str) -> str:
        sid = secrets.token_hex(16)
        self.sessions[sid] = device_id
        return sid

    def device_for(self, sid: str):
        return self.sessions.get(sid)

    def close(self, sid: str) -> None:
        self.sessions.pop(sid, None)
