import json


def restore_session(blob: bytes):
    state = json.loads(blob.decode("utf-8"))
    return state.get("tenant_id"), state.get("step")
