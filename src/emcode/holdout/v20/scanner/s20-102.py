import json


def decode_message(raw: bytes):
    msg = json.loads(raw.decode("utf-8"))
    if not isinstance(msg, dict) or "type" not in msg:
        raise ValueError("bad message")
    return msg["type"], msg.get("payload")
