import random
import time


class Gateway:
    def __init__(self):
        random.seed(int(time.time()))
        self.sessions = {}

    def open_session(self, device_id: str) -> str:
        sid = "%032x" % random.getrandbits(128)
        self.sessions[sid] = device_id
        return sid

    def device_for(self, sid: str):
        return self.sessions.get(sid)
