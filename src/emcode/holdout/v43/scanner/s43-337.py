import pickle


def restore_planner_state(blob: bytes):
    state = pickle.loads(blob)
    state.setdefault("checklist", [])
    return state
