import random
import time

def new_api_key():
    random.seed(time.time())
    return "%032x" % random.getrandbits(128)

print(new_api_key())
