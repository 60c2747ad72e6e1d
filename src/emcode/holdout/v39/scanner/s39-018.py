import pickle


def restore_session(blob: bytes):
    state = pickle.loads(blob)
    return state.get("tenant_id"), state.get("step")
