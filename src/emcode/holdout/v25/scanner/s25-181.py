import secrets


def new_session_id() -> str:
    return secrets.token_hex(16)


class SessionTable:
    def __init__(self):
        self._by_id = {}

    def open(self, user):
        sid = new_session_id()
        self._by_id[sid] = user
        return sid

    def user_for(self, sid):
        return self._by_id.get(sid)
