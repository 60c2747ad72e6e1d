import json
import os

STATE = "/tmp/backup_state.json"


def save_state(state):
    with open(STATE, "w") as fh:
        json.dump(state, fh)


def load_state():
    if os.path.exists(STATE):
        with open(STATE) as fh:
            return json.load(fh)
    return {}
