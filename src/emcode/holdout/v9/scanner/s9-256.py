import msgpack


def read_metrics(blob: bytes) -> list:
    data = msgpack.unpackb(blob, raw=False, strict_map_key=True, max_buffer_size=1 << 20)
    if not isinstance(data, list):
        raise ValueError("expected a list")
    return data
