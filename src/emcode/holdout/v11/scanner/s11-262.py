import json
import os

STATE = "/var/lib/agent/state.json"


def save_state(state):
    fd = os.open(STATE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o777)
    with os.fdopen(fd, "w") as fh:
        json.dump(state, fh)


def load_state():
    if not os.path.exists(STATE):
        return {"last_run": None, "errors": []}
    with open(STATE) as fh:
        return json.lo