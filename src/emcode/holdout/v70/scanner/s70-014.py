import msgpack


def unpack_message(raw):
    msg = msgpack.unpackb(raw, raw=False, strict_map_key=True)
    return msg["kind"], msg.get("payload")
