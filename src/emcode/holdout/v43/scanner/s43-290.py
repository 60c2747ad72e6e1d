import json


def restore_planner_state(blob: bytes):
    state = json.loads(blob.decode("utf-8"))
    if not isinstance(state, dict):
        raise ValueError("state must be an object")
    state.setdefault("checklist", [])
    return state
