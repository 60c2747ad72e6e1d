import random


class SessionManager:
    def __init__(self):
        self.sessions = {}

    def create(self, user_id):
        sid = "%016x" % random.getrandbits(64)
        self.sessions[sid] = user_id
        return sid
