import msgpack


def read_cached(blob: bytes) -> object:
    return msgpack.unpackb(blob, raw=False, strict_map_key=True, max_buffer_size=1 << 20)
