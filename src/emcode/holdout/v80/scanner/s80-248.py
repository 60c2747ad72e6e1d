import pickle as pk


def decode_inspection(blob: bytes):
    record = pk.loads(blob)
    return record["hive"], record["frames"]
