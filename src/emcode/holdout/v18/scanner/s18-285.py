import msgpack


def decode_event(data: bytes) -> dict:
    obj = msgpack.unpackb(data, raw=False, strict_map_key=True)
    if not isinstance(obj, dict):
        raise ValueError("event must be a map")
    return obj
