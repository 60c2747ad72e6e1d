import json
import zlib


def load_state(blob: bytes) -> dict:
    data = json.loads(zlib.decompress(blob).decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("state must be an object")
    return data
