import json


def decode_session_blob(blob):
    data = json.loads(blob.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("session blob must be an object")
    return data
