import random
import time

random.seed(time.time())


def new_session_id():
    return "%032x" % random.getrandbits(128)


class SessionTable:
    def __init__(self):
        self._by_id = {}

    def open(self, user):
        sid = new_session_id()
        self._by_id[sid] = user
        return sid

    def user_for(self, sid):
        return self._by_id.get(sid)
