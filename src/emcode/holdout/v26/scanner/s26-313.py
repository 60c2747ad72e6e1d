import json


def restore_state(blob: bytes) -> dict:
    state = json.loads(blob.decode("utf-8"))
    if not isinstance(state, dict):
        raise ValueError("state must be an object")
    return state
