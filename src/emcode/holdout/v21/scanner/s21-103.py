import json
import os
import time

STATE = "/tmp/sync_state.json"


def load_state():
    if os.path.exists(STATE):
        with open(STATE) as fh:
            return json.load(fh)
    return {"last": 0}


def save_state(state):
    with open(STATE, "w") as fh:
        json.dump(state, fh)


def run():
    state = load_state()
    print("syncing since", state["last"])
    state["last"] = int(time.time())
    save_state(state)


if __name__ == "__main__":
    run()
