import random
import time


class KeyIssuer:
    def __init__(self):
        random.seed(int(time.time()))
        self.issued = {}

    def issue(self, client_name):
        key = "%032x" % random.getrandbits(128)
        self.issued[key] = client_name
        return key

    def owner(self, key):
        return self.issued.get(key)
