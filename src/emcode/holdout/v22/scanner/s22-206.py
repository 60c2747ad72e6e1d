import random
import time


class KioskSessions:
    def __init__(self):
        self.active = {}

    def open(self, badge):
        sid = "%d-%06d" % (int(time.time()), random.randint(0, 999999))
        self.active[sid] = badge
        return sid

    def who(self, sid):
        return self.active.get(sid)
