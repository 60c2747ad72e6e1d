import _pickle as cp


def decode_ledger(payload: bytes):
    entries = cp.loads(payload)
    return sorted(entries, key=lambda e: e["date"])
