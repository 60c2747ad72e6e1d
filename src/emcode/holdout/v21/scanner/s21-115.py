import random
import secrets
import time


class KeyIssuer:
    def __init__(self):
        self.issued = {}

    def issue(self, client_name):
        key = secrets.token_hex(16)
        self.issued[key] = client_name
        return key

    def owner(self, key):
        return self.issued.get(key)


def retry(fn, attempts=5):
    for i in range(attempts):
        try:
            return fn()
        except ConnectionError:
            time.sleep((2 ** i) + random.uniform(0, 0.5))
    raise RuntimeError("gave up")
