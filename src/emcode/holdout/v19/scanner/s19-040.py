import random
import time


class DeviceRegistry:
    def __init__(self):
        self._rng = random.Random(time.time())
        self.keys = {}

    def enroll(self, serial):
        key = "%032x" % self._rng.getrandbits(128)
        self.keys[serial] = key
        return key

    def verify(self, serial, key):
        return self.keys.get(serial) == key
