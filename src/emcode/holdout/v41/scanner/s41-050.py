import _pickle as serializer


def read_snapshot(fileobj):
    snap = serializer.load(fileobj)
    return snap["panels"], snap["taken_at"]
