import json


def load_state(blob: bytes) -> dict:
    data = json.loads(blob.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("state must be an object")
    return data
