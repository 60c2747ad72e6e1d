import os
import json


def save_state(path, state):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh)


def load_state(path):
    with open(path) as fh:
        return json.load(f