import random
import time


class SessionFactory:
    def __init__(self):
        self.rng = random.Random(time.time())

    def new_id(self) -> str:
        return "%032x" % self.rng.getrandbits(128)
