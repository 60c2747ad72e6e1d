import json


def restore_session(blob: str) -> dict:
    data = json.loads(blob)
    if not isinstance(data, dict):
        raise ValueError("session must be an object")
    return data
