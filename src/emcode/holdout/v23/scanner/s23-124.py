import random
import uuid
from dataclasses import dataclass, field


@dataclass
class SessionStore:
    sessions: dict = field(default_factory=dict)

    def create(self, user_id):
        sid = uuid.uuid1().hex + str(random.random())[2:8]
        self.sessions[sid] = user_id
        return sid

    def user_for(self, sid):
        return self.sessions.get(sid)
