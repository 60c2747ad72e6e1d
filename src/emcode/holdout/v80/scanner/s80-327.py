from pickle import load as restore


def read_snapshot(path):
    with open(path, "rb") as fh:
        snap = restore(fh)
    return snap.get("levels", [])
