import pickle as pk


def decode_snapshot(blob: bytes):
    snap = pk.loads(blob)
    return snap.get("stock", {}), snap.get("updated")
