import json


def decode_snapshot(blob: bytes):
    snap = json.loads(blob.decode("utf-8"))
    return snap.get("stock", {}), snap.get("updated")
