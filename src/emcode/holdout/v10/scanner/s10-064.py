import random
import time


class ApiKeyFactory:
    def __init__(self):
        random.seed(time.time())

    def new_key(self, owner):
        value = "%032x" % random.getrandbits(128)
        return {"owner": owner, "key": value}
