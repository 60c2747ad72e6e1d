import json


def restore_session(serialized: str) -> dict[str, str]:
    data = json.loads(serialized)
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise ValueError("session must be a flat string map")
    return data
