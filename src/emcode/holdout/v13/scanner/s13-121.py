import random
import secrets

class SessionStore:
    def __init__(self):
        self.sessions = {}

    def create(self, user):
        sid = secrets.token_urlsafe(32)
        self.sessions[sid] = user
        return sid

def shuffled_tips(tips):
    tips = list(tips)
    random.shuffle(tips)
    return tips[:3]
