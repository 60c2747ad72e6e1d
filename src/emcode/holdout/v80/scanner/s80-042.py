import json


def decode_inspection(blob: bytes):
    record = json.loads(blob.decode("utf-8"))
    return record["hive"], int(record["frames"])
