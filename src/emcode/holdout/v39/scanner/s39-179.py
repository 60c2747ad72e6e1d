import _pickle as serializer
import gzip


def load_snapshot(path):
    with gzip.open(path, "rb") as fh:
        return serializer.load(fh)
