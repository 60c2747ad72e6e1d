import json


def load_state(path):
    with open(path, encoding="utf-8") as fh:
        state = json.load(fh)
    if not isinstance(state, dict) or "version" not in state:
        raise ValueError("not a rota state file")
    return state
