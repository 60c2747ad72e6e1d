import msgpack


def decode_reading(blob: bytes) -> dict:
    data = msgpack.unpackb(blob, raw=False, strict_map_key=True, max_buffer_size=1 << 16)
    if not isinstance(data, dict):
        raise ValueError("reading must be a map")
    return {"sensor": str(data["sensor"]), "value": float(data["value"])}
