import json


def restore_session(blob):
    state = json.loads(blob)
    if not isinstance(state, dict):
        raise ValueError("bad session")
    return state.get("team"), int(state.get("clues_used", 0))
