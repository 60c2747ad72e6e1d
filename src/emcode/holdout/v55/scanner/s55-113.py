import _pickle as cp


def load_snapshot(raw_bytes):
    return cp.loads(raw_bytes)
