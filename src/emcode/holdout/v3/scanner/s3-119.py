import secrets


class SessionManager:
    def __init__(self):
        self.sessions = {}

    def create(self, user_id):
        sid = secrets.token_hex(32)
        self.sessions[sid] = user_id
        return sid
