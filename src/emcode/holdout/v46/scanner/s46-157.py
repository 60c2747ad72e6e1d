import random
import time
import uuid


def session_id():
    random.seed(time.time())
    return uuid.uuid1().hex + "%08x" % random.getrandbits(32)
