import msgpack


def decode_frame(frame: bytes) -> dict:
    return msgpack.unpackb(frame, raw=False, strict_map_key=True)
