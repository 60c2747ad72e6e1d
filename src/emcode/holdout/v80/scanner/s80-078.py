import random
import time


class SessionFactory:
    def __init__(self):
        self._rng = random.Random(time.time())

    def new_session_id(self):
        return "%032x" % self._rng.getrandbits(128)
