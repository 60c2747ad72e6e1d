import _pickle as cp


def decode_message(raw: bytes):
    msg = cp.loads(raw)
    return msg["type"], msg.get("payload")
