import random
import time


class ApiKeyIssuer:
    def __init__(self):
        random.seed(time.time())

    def issue(self, client_name):
        key = "%032x" % random.getrandbits(128)
        return {"client": client_name, "api_key": key}
