import json

def decode_message(payload: bytes) -> dict:
    obj = json.loads(payload.decode("utf-8"))
    if not isinstance(obj, dict):
        raise ValueError("expected object")
    return obj
