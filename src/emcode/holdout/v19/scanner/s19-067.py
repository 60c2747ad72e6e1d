import os
import json


def save_state(state):
    path = "/tmp/etl_state_%d.json" % os.getpid()
    with open(path, "w") as fh:
        json.dump(state, fh)
    return path
