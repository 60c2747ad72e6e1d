import msgpack


def decode_frame(blob):
    data = msgpack.unpackb(blob, raw=False, strict_map_key=True, max_buffer_size=1 << 20)
    if not isinstance(data, dict):
        raise ValueError("frame must be a map")
    return data
